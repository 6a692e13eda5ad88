### Kinline — the tablet app and the caller's page: interface strings
### language: pl (Polish, Polski)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Rozmowy wideo Kinline
app-tagline = Rozmowy wideo dla osób w detencji
signin-title = Logowanie
signin-staff-number = Numer pracownika
signin-pin = PIN
signin-button = Zaloguj
signin-offline-note = Możesz zalogować się bez sieci, jeśli logowałeś się już na tym tablecie.
signin-error-unknown = Ten numer pracownika nie jest znany na tym tablecie. Sprawdź go lub połącz się z siecią, aby tablet się zaktualizował.
signin-error-pin = PIN jest nieprawidłowy. Spróbuj ponownie.
signin-error-locked = Zbyt wiele błędnych PIN-ów. Poproś kierownika o odblokowanie konta.
signout-button = Wyloguj
today-title = Dzisiaj
today-count = { $count ->
    [one] { $count } zarezerwowana rozmowa
    [few] { $count } zarezerwowane rozmowy
   *[other] { $count } zarezerwowanych rozmów
}
today-empty = Na resztę dnia nie zarezerwowano żadnych rozmów.
today-row = { $time } — { $name }
call-kind-social = Rozmowa towarzyska
call-kind-legal = Rozmowa prawna
today-open-session = Otwórz sesję
today-new-booking = Nowa rezerwacja
session-title = Sesja zatrzymanego
session-for = Sesja: { $name }
session-compact-needed = Przed każdą rozmową wideo trzeba podpisać umowę.
session-compact-signed = Umowa podpisana
session-suspended = Rozmowy wideo tej osoby są zawieszone.
session-start-call = Rozpocznij rozmowę
session-hand-back = Oddaj tablet funkcjonariuszowi
compact-screen-title = Rozmowy wideo: zasady
compact-choose-language = Wybierz język, w którym chcesz przeczytać i usłyszeć zasady
compact-read-aloud = Czytaj na głos
compact-stop-reading = Zatrzymaj czytanie
compact-reading = Czytanie na głos…
compact-no-voice = Na tym tablecie nie ma głosu dla tego języka. Skorzystaj z tłumacza, aby wyjaśnić zasady.
compact-not-offered = Zasady nie są dostępne w tym języku. Skorzystaj z tłumacza, aby je wyjaśnić.
compact-not-reviewed = To tłumaczenie nie zostało sprawdzone przez wykwalifikowanego tłumacza.
compact-not-reviewed-dco = To tłumaczenie nie zostało zweryfikowane. Potwierdź, że zatrzymany je zrozumiał, i zapisz, w jaki sposób.
compact-confirm-how = Jak potwierdzono zrozumienie?
compact-confirm-read = Przeczytał je na ekranie w języku, w którym dobrze czyta
compact-confirm-audio = Wysłuchał czytania na głos do końca
compact-confirm-interpreter = Wyjaśnił je tłumacz
compact-interpreter-reference = Numer rezerwacji lub identyfikatora tłumacza
compact-understood = Zrozumiałem zasady
compact-ask-question = Mam pytanie
compact-version = Wersja { $version }
signature-title = Podpis
signature-instructions = Podpisz się palcem wewnątrz ramki.
signature-clear = Wyczyść
signature-confirm = Potwierdź podpis
signature-witness = Funkcjonariuszu: potwierdź, że widziałeś, jak zatrzymany się podpisuje.
signature-witness-button = Byłem świadkiem tego podpisu
signature-saved = Podpis zapisany.
call-waiting = Oczekiwanie na dołączenie rozmówcy…
call-caller-joined = Rozmówca dołączył.
call-check-adult = Przed wpuszczeniem sprawdź, czy osoba, do której dzwoniono, jest dorosła.
call-admit = Wpuść rozmówcę
call-refuse-not-adult = Niepełnoletni — nie wpuszczaj
call-mute = Wycisz
call-unmute = Wyłącz wyciszenie
call-camera-off = Wyłącz kamerę
call-camera-on = Włącz kamerę
call-end = Zakończ rozmowę
call-time-left = { $minutes ->
    [one] Została { $minutes } minuta
    [few] Zostały { $minutes } minuty
   *[other] Zostało { $minutes } minut
}
call-reconnecting = Utracono połączenie. Ponowne łączenie…
call-legal-unsupervised = Rozmowa prawna: bez nadzoru wizualnego.
end-title = Zakończ rozmowę
end-choose-reason = Dlaczego rozmowa jest kończona?
end-reason-recording = Nagrywanie lub publikowanie rozmowy
end-reason-inappropriate-dress = Niestosowny ubiór
end-reason-abusive-language = Wulgarny lub obraźliwy język
end-reason-sexualised-behaviour = Zachowanie o charakterze seksualnym
end-reason-inappropriate-behaviour = Inne niestosowne zachowanie
end-reason-offensive-material = Pokazywanie materiałów nielegalnych lub obraźliwych
end-reason-unlawful-activity = Działalność niezgodna z prawem
end-reason-security-risk = Zagrożenie dla bezpieczeństwa ośrodka
end-reason-concern-for-recipient = Obawy dotyczące rozmowy lub bezpieczeństwa rozmówcy
end-confirm = Zakończ rozmowę teraz
end-referral-note = Raport trafia do działu bezpieczeństwa.
incident-title = Raport o incydencie (DSO §19)
incident-what-happened = Co się stało
incident-when = Kiedy
incident-who-involved = Kto był zaangażowany
incident-submit = Wyślij raport
incident-saved = Raport zapisany. Zostanie wysłany, gdy tablet będzie online.
suspension-title = Zawiadomienie: rozmowy wideo zawieszone
suspension-body = { $name }, Twój dostęp do rozmów wideo jest zawieszony od { $from } do { $until }.
suspension-reasons = Powody: { $reasons }.
suspension-reason-security = ze względu na bezpieczeństwo ośrodka
suspension-reason-safety = ze względu na czyjeś bezpieczeństwo
suspension-reason-breach = naruszenie zasad rozmów wideo
suspension-appeal = Możesz odwołać się od tej decyzji. Odwołanie zostanie rozpatrzone w ciągu { $hours } godzin.
suspension-legal-access = Nadal możesz kontaktować się ze swoim doradcą prawnym w inny sposób.
suspension-review = To zawieszenie zostanie przejrzane { $date }.
language-title = Język
language-choose = Wybierz język
language-option = { $native } — { $english }
sync-online = Online
sync-offline = Offline
sync-pending = { $count ->
    [one] { $count } wpis czeka na wysłanie
    [few] { $count } wpisy czekają na wysłanie
   *[other] { $count } wpisów czeka na wysłanie
}
sync-now = Synchronizuj teraz
sync-failed = Nie udało się połączyć z serwerem ośrodka. Twoja praca jest bezpieczna; zostanie wysłana później.
error-network = Brak sieci. Twoja praca jest zapisana i zostanie wysłana później.
error-camera = Kamera nie działa. Sprawdź, czy nie używa jej inna aplikacja.
error-microphone = Mikrofon nie działa. Sprawdź, czy nie jest wyciszony.
error-storage = Tablet jest prawie pełny. Powiedz kierownikowi.
error-try-again = Coś poszło nie tak. Spróbuj ponownie.
caller-title = Dołącz do rozmowy wideo
caller-code = Kod dołączenia
caller-code-help = Wpisz kod otrzymany przy rezerwacji rozmowy.
caller-join = Dołącz
caller-code-wrong = Ten kod jest nieprawidłowy lub rozmowa jeszcze się nie zaczęła. Sprawdź kod i godzinę.
caller-camera-preview = Twoja kamera
caller-allow-camera = Zezwól tej stronie na używanie kamery i mikrofonu.
caller-adult-notice = Funkcjonariusz sprawdzi, czy jesteś osobą dorosłą, zanim Cię wpuści.
caller-waiting = Oczekiwanie na wpuszczenie przez funkcjonariusza…
caller-recording-forbidden = Nie nagrywaj tej rozmowy w żaden sposób.
caller-call-ended = Rozmowa zakończyła się.
caller-ended-by-officer = Funkcjonariusz zakończył rozmowę.
caller-leave = Opuść rozmowę

## Tablet screens (app/src/ui): what the DCO and, in detainee mode, the detainee see

sign-in-lead = Zaloguj się numerem służbowym i kodem PIN.
sign-in-offline-hint = Logowanie działa bez sieci, na podstawie listy personelu ostatnio zsynchronizowanej na tym tablecie.
staff-number = Numer służbowy
pin = PIN
sign-in = Zaloguj się
sign-out = Wyloguj się
unlock = Odblokuj
locked-title = Tablet zablokowany
detainee-mode-staff-pin = Tylko dla personelu: PIN, aby wrócić do ekranów personelu
error-wrong-pin = Ten PIN jest nieprawidłowy. Wpisz go ponownie.
error-signed-out = Najpierw się zaloguj: nic nie zostało zapisane.
nav-label = Menu główne
nav-today = Dzisiaj
nav-find = Znajdź osobę zatrzymaną
nav-incident = Napisz raport o incydencie
sync-label = Stan synchronizacji
sync-nothing-waiting = Nic nie czeka na wysłanie
sync-never = Nigdy nie zsynchronizowano
sync-running = Synchronizacja…
sync-done = Zsynchronizowano z serwerem ośrodka.
legal-call-marker = PRAWNA
legal-call-marker-label = Rozmowa prawna: pierwszeństwo i poufność (DSO §9)
open-call = Otwórz rozmowę
waiting-list = Lista oczekujących
waiting-list-empty = Nikt nie czeka na termin.
find-title = Znajdź osobę zatrzymaną
find-label = Imię i nazwisko, numer lub pokój
find-none = Nikt z listy tego tabletu nie pasuje. Sprawdź pisownię albo zsynchronizuj teraz.
unknown-detainee = Nieznana osoba zatrzymana
access-label = Dostęp do rozmów wideo
access-ok = Może prowadzić rozmowy wideo.
compact = Porozumienie
compact-signed = Podpisane: wersja
compact-not-signed = Niepodpisane. Musi podpisać wersję
go-through-compact = Przejdź przez porozumienie
risk = Ocena ryzyka
risk-not-needed = Niepotrzebna.
suspension = Zawieszenie
not-suspended = Nie zawieszono.
suspended-label = Zawieszenie obowiązuje
notice-not-given = Pisemnego zawiadomienia jeszcze nie wręczono (DSO §17).
open-notice = Wręcz zawiadomienie o zawieszeniu
bookings = Rezerwacje
compact-language-title = Jaki język?
compact-language-lead = Wybierz język, który osoba zatrzymana rozumie. Tablet należy wtedy do niej, dopóki nie wpiszesz swojego PIN-u.
compact-no-translation = brak tłumaczenia porozumienia. Skorzystaj z tłumacza ustnego i zapisz jego numer (DSO §15).
interpreter-explained = Wyjaśnił tłumacz ustny (brak tłumaczenia)
interpreter-title = Wyjaśnione przez tłumacza ustnego
interpreter-lead = Poproś tłumacza ustnego, aby wyjaśnił poniższe porozumienie w języku zrozumiałym dla osoby zatrzymanej (DSO §15), a potem zapisz jego numer.
interpreter-reference = Numer rezerwacji lub identyfikatora tłumacza
interpreter-record = Zapisz i przejdź do podpisu
interpreter-reference-needed = DSO 01/2020 §15: przed przejściem dalej wpisz numer tłumacza.
reader-label = Czytanie
read-aloud = ▶ Czytaj na głos
pause = ‖ Pauza
i-read-it = Przeczytałem/am sam/a
go-to-signature = Podpisz
audio-completed = Przeczytano na głos do końca.
signature-lead = Podpisz się palcem w ramce.
signature-pad-label = Pole podpisu: podpisz się palcem
undo-stroke = Cofnij ostatnią kreskę
clear-pad = Wyczyść
signature-missing = DSO 01/2020 §10: nie ma jeszcze podpisu. Podpisz się w ramce.
witness-title = Personel: świadek
witness-pin = PIN funkcjonariusza-świadka
witness-record = Poświadcz i zapisz
compact-signed-recorded = Porozumienie podpisane i poświadczone.
call-unknown = Tej rozmowy nie ma na tym tablecie. Zsynchronizuj teraz i otwórz ją ponownie.
call-step-checkin = Gdy osoba zatrzymana jest przy tablecie:
call-checkin = Osoba zatrzymana jest obecna
adult-check-title = Sprawdzenie pełnoletności (DSO §8)
adult-check-lead = Spójrz na obraz dzwoniącego. Mogą być z nim dzieci, ale główny rozmówca musi być dorosły.
adult-yes = Główny rozmówca jest dorosły
adult-no = Nie jest dorosły
call-not-adult-ended = DSO 01/2020 §8: główny rozmówca nie jest dorosły, więc rozmowę zakończono. Dzwoniący może zadzwonić ponownie w obecności dorosłego.
admit-lead = Dzwoniący czeka.
admit = Wpuść dzwoniącego
start-call = Rozpocznij rozmowę
legal-private = Rozmowa prawna — poufna (DSO §9). Pozostań poza zasięgiem wzroku i słuchu; nie nadzoruj jej.
video-self = Obraz osoby zatrzymanej
video-waiting = Łączenie obrazu…
end-call-label = Zakończ rozmowę
end-call-finished = Rozmowa skończona
end-call-reason = Zakończ rozmowę z powodu:
call-ended = Rozmowa zakończona.
call-terminated-referred = Rozmowa zakończona. Sprawa trafia do zespołu bezpieczeństwa (DSO §12): opisz, co widziałeś/aś.
incident-lead = Zapisywany najpierw na tym tablecie, potem wysyłany do zespołu bezpieczeństwa do oceny.
incident-category = Jaki to incydent?
incident-account = Co się stało i kto brał udział
incident-save = Zapisz raport
incident-category-needed = Wybierz rodzaj incydentu.
incident-saved-sent = Raport zapisano i wysłano do zespołu bezpieczeństwa.
incident-saved-offline = Brak sieci — raport zapisano i zostanie wysłany do zespołu bezpieczeństwa.
notice-title = Zawiadomienie o zawieszeniu (DSO §17)
notice-heading = Twoje rozmowy wideo są zawieszone
notice-appeal = Możesz się odwołać na piśmie do Kierownika Ośrodka, podając swoje powody. Decyzja zapada w ciągu 48 godzin (12 godzin, jeśli masz wyznaczony termin wydalenia).
notice-legal = W czasie zawieszenia nadal możesz skontaktować się ze swoim doradcą prawnym w inny sposób.
notice-record-given = Zapisz, że zawiadomienie wręczono
notice-given-recorded = Zapisano, że pisemne zawiadomienie wręczono.
suspension-unknown = Tego zawieszenia nie ma na tym tablecie. Zsynchronizuj teraz.
call-phase-booked = Zarezerwowana
call-phase-checked-in = Osoba zatrzymana obecna — teraz sprawdzenie pełnoletności
call-phase-adult-checked = Pełnoletność sprawdzona — dzwoniący czeka
call-phase-admitted = Dzwoniący wpuszczony
call-phase-in-call = Trwa rozmowa
call-phase-cancelled = Odwołana
ended-completed = skończona
ended-slot-ended = skończył się czas
ended-technical-failure = Awaria techniczna (można zarezerwować ponownie)
ended-caller-did-not-join = dzwoniący nie dołączył
ended-recipient-not-adult = główny rozmówca nie jest dorosły (DSO §8)
terminated-recording = Nagrywanie rozmowy (§12)
terminated-inappropriate-dress = Niestosowny ubiór (§11)
terminated-abusive-language = Wulgarny lub obraźliwy język
terminated-sexualised-behaviour = Zachowanie o charakterze seksualnym
terminated-inappropriate-behaviour = Inne niewłaściwe zachowanie
terminated-offensive-material = Materiały niezgodne z prawem lub obraźliwe
terminated-unlawful-activity = Działalność niezgodna z prawem
terminated-security-risk = Zagrożenie dla bezpieczeństwa ośrodka (§11)
terminated-concern-for-recipient = Obawa o rozmówcę (§19)
incident-recipient-safety = Bezpieczeństwo rozmówcy
incident-nature-of-call = Charakter rozmowy
incident-recording = Nagrywanie rozmowy
incident-breach-of-terms = Naruszenie zasad korzystania
incident-security-risk = Zagrożenie dla bezpieczeństwa
incident-other = Coś innego
suspended-for-security = bezpieczeństwo ośrodka
suspended-for-safety = bezpieczeństwo innej osoby
suspended-for-breach = naruszenie porozumienia o rozmowach wideo
legal-method-telephone = rozmowy telefoniczne
legal-method-legal-visit = wizyty prawne
legal-method-correspondence = e-mail lub faks

# The call engine on the call screen (staff).
call-end-no-caller = Rozmówca nie dołączył — zakończ połączenie
call-cannot-connect = Nie można połączyć wideo: brak sieci do serwera ośrodka. Tablet sam ponawia próby, dopóki nie minie czas terminu. Kroki są nadal zapisywane. Jeśli się nie połączy, zakończ połączenie jako awarię techniczną: osoba zatrzymana może bezpłatnie zarezerwować ponownie.
call-tablet-refused = Serwer ośrodka odrzucił ten tablet, więc nie można połączyć wideo. Poproś administratora o sprawdzenie rejestracji tabletu. Kroki są nadal zapisywane; zakończ połączenie jako awarię techniczną: osoba zatrzymana może bezpłatnie zarezerwować ponownie.
call-not-on-server = Nie można jeszcze połączyć wideo: serwer ośrodka nie ma tej rozmowy (zarezerwowano ją na tym tablecie i jeszcze mu jej nie wysłano albo anulowano ją tam). Dotknij „Synchronizuj teraz”: rozmowa połączy się sama, gdy tylko serwer ją otrzyma. Jeśli się nie połączy, zakończ połączenie jako awarię techniczną: osoba zatrzymana może bezpłatnie zarezerwować ponownie.
call-certificate-untrusted = Nie można połączyć wideo: tablet nie ufa certyfikatowi serwera ośrodka. Zwróć się do administratora. Kroki są nadal zapisywane; zakończ połączenie jako awarię techniczną: osoba zatrzymana może bezpłatnie zarezerwować ponownie.
call-ends-soon = Została jedna minuta: połączenie skończy się z końcem terminu.
call-recovered = Połączenie wróciło.
call-media-failed = Połączenie nie powiodło się. Kończy się jako awaria techniczna: osoba zatrzymana może bezpłatnie zarezerwować ponownie.
call-ended-slot = Połączenie zakończone: czas terminu minął.
call-ended-failure = Połączenie zakończone: połączenie zostało przerwane i nie wróciło. Zapisano jako awarię techniczną: osoba zatrzymana może bezpłatnie zarezerwować ponownie.
call-ended-no-caller = Połączenie zakończone: rozmówca nie dołączył.
call-no-camera = Ten tablet nie ma działającej kamery: rozmówca widzi obraz testowy.
call-no-microphone = Ten tablet nie ma działającego mikrofonu: rozmówca nie słyszy osoby zatrzymanej.

## Rulebook refusals (RuleViolation::message_id); $paragraph is the order's reference, kept as it is
refusal-service-under-seven-hours = { $paragraph }: usługa rozmów wideo musi być czynna co najmniej 7 godzin dziennie, ale w dniu { $date } byłaby czynna tylko { $minutes } min. Dodaj godziny otwarcia w tym dniu.
refusal-bad-opening-window = { $paragraph }: przedział godzin { $start }–{ $end } jest nieprawidłowy (musi kończyć się po rozpoczęciu, a przedziały jednego dnia nie mogą się nakładać). Popraw godziny.
refusal-slot-length = { $paragraph }: termin rozmowy trwa od 30 do 60 minut, a nie { $minutes }. Wybierz długość od 30 do 60.
refusal-slot-outside-opening-hours = { $paragraph }: ten termin jest poza godzinami działania usługi rozmów wideo. Wybierz termin z dzisiejszej listy.
refusal-slot-full = { $paragraph }: wszystkie stanowiska rozmów są zajęte w tym terminie. Wybierz inny termin; rozmowy prawne nadal można w nim zarezerwować.
refusal-adult-check-missing = { $paragraph }: rozmowa nie może się zacząć, dopóki funkcjonariusz (DCO) nie zobaczy głównego rozmówcy i nie zapisze, że jest dorosły. Najpierw wykonaj kontrolę wzrokową.
refusal-recipient-not-adult = { $paragraph }: nie potwierdzono, że główny rozmówca jest dorosły, więc rozmowa nie może się odbyć. Zakończ ją i poproś dzwoniącego, by zadzwonił ponownie w obecności osoby dorosłej.
refusal-legal-call-is-private = { $paragraph }: rozmowy prawne są poufne; żaden funkcjonariusz ich nie nadzoruje. Nadzór jest wyłączony dla tej rozmowy.
refusal-compact-not-signed = { $paragraph }: osoba zatrzymana nie podpisała aktualnego porozumienia ośrodka (wersja { $current }). Przejdź z nią przez porozumienie i poproś najpierw o podpis.
refusal-no-compact-published = { $paragraph }: ośrodek nie opublikował jeszcze porozumienia. Poproś administratora ośrodka o jego opublikowanie.
refusal-compact-version-not-current = { $paragraph }: wersja { $given } porozumienia nie jest aktualną wersją ośrodka ({ $current }). Pokaż aktualną wersję.
refusal-compact-not-explained = { $paragraph }: porozumienie nie zostało przeczytane ani wyjaśnione osobie zatrzymanej w języku, który rozumie. Odtwórz je w jej języku lub skorzystaj z tłumacza i zapisz jego numer.
refusal-signature-missing = { $paragraph }: osoba zatrzymana jeszcze nie podpisała. Poproś ją o podpis palcem w polu.
refusal-compact-audio-incomplete = { $paragraph }: porozumienie nie zostało odtworzone do końca. Odtwórz resztę lub wyjaśnij je przez tłumacza.
refusal-language-not-understood = { $paragraph }: osoba zatrzymana nie rozumie języka: { $language }. Użyj języka, który rozumie, lub tłumacza.
refusal-interpreter-reference-missing = { $paragraph }: zapisz numer tłumacza (rezerwacji lub identyfikatora), aby można było sprawdzić wyjaśnienie.
refusal-risk-assessment-required = { $paragraph }: osoba zatrzymana podlega środkowi ({ $measure }); może prowadzić rozmowy wideo dopiero po zapisaniu indywidualnej oceny ryzyka, która na to pozwala. Poproś o nią dział bezpieczeństwa.
refusal-risk-assessment-refused = { $paragraph }: osoba zatrzymana podlega środkowi ({ $measure }), a indywidualna ocena ryzyka { $reference } z dnia { $date } nie pozwala na rozmowy wideo. Może je prowadzić dopiero, gdy pozwoli na to nowa ocena. Poproś dział bezpieczeństwa o jej przegląd.
refusal-suspended = { $paragraph }: dostęp osoby zatrzymanej do rozmów wideo jest zawieszony. Zachowuje dostęp do porady prawnej innymi drogami (§18); zobacz zawiadomienie o zawieszeniu.
refusal-not-permitted = { $paragraph }: ta rola ({ $role }) nie pozwala na tę czynność ({ $action }). Poproś pracownika, którego rola na to pozwala.
refusal-suspension-without-video-call-evidence = { $paragraph }: zawieszenie za naruszenie zasad korzystania musi wskazywać dowody z rozmów wideo (raport o incydencie lub przerwaną rozmowę tej osoby). Zawieszenie nie może być karą za inne przewinienia.
refusal-suspension-as-sanction = { $paragraph }: potwierdź, że to zawieszenie nie jest karą za szersze nieprzestrzeganie zasad; może opierać się wyłącznie na korzystaniu z usługi rozmów wideo.
refusal-suspension-without-security-report = { $paragraph }: zawieszenie ze względów bezpieczeństwa musi podawać numer raportu informacji o bezpieczeństwie, na którym się opiera (DSO 11/2014).
refusal-suspension-without-safety-concern = { $paragraph }: zawieszenie ze względu na czyjeś bezpieczeństwo musi wskazywać zapisaną obawę dotyczącą jednej z rozmów tej osoby: raport o zdarzeniu dotyczący bezpieczeństwa rozmówcy lub charakteru rozmowy albo rozmowę przerwaną z obawy o rozmówcę.
refusal-suspension-reasons-missing = { $paragraph }: zapisz powody zawieszenia; osoba zatrzymana otrzymuje je na piśmie.
refusal-notice-language = { $paragraph }: pisemne zawiadomienie musi być w języku, który osoba zatrzymana rozumie ({ $language } do nich nie należy). Daj zawiadomienie w jej języku.
refusal-appeal-already-decided = { $paragraph }: to odwołanie zostało już rozstrzygnięte.
refusal-appeal-reasons-missing = { $paragraph }: odwołanie zawiera na piśmie powody osoby zatrzymanej. Zapisz je.
refusal-authorisation-not-needed = { $paragraph }: zgoda jest potrzebna tylko przy zawieszeniu dłuższym niż tydzień i wydaje ją tylko Compliance Manager.
refusal-not-found = { $paragraph }: nie znaleziono lub już zamknięte: { $what }. Odśwież i spróbuj ponownie.
refusal-out-of-order = { $paragraph }: ten krok nie jest teraz możliwy: { $attempted } (stan rozmowy: { $state }). Wykonuj kroki po kolei.
refusal-text-length = { $paragraph }: pole „{ $field }” musi mieć od 1 do { $max } znaków. Wypełnij je lub skróć.
refusal-out-of-range = { $paragraph }: „{ $field }” jest poza dopuszczalnym zakresem ({ $limit }). Sprawdź wartość oraz datę i godzinę na tablecie.
refusal-room-name-taken = { $paragraph }: istnieje już aktywna sala o nazwie „{ $name }”. Nadaj nowej sali inną nazwę albo najpierw wycofaj starą.
refusal-room-capacity = { $paragraph }: sala mieści od 1 do { $max } rozmów naraz, a nie { $capacity }. Wybierz liczbę z tego zakresu.
refusal-room-not-active = { $paragraph }: sala „{ $name }” jest wycofana; nie można w niej umieścić rozmowy. Wybierz aktywną salę.
refusal-room-full = { $paragraph }: sala „{ $name }” jest pełna w tym terminie. Wybierz inną salę lub termin.
record-storage-failed = Tablet nie mógł tego zapisać ({ $detail }). Nic nie zostało zapisane: spróbuj ponownie, a jeśli dalej się nie uda, użyj innego tabletu i powiadom dział IT ośrodka.

## Read-aloud: the tablet cannot play sound (ReadFailure::NoSound), as opposed to no voice
compact-no-sound = Ten tablet nie może odtwarzać dźwięku. Przeczytaj zasady na ekranie lub skorzystaj z tłumacza i powiedz personelowi, aby sprawdził głośnik lub słuchawki.

## Tablet screens: one message per sentence, with its values as variables (never joined from pieces)
sync-waiting-count = { $count ->
    [one] { $count } wpis czeka na wysłanie
    [few] { $count } wpisy czekają na wysłanie
   *[other] { $count } wpisów czeka na wysłanie
}
sync-last-at = Ostatnia synchronizacja { $time }
locked-lead-name = Zablokowano po 3 minutach bez użycia. Wpisz PIN osoby: { $name }.
today-title-date = Dzisiaj — { $date }
slot-label-at = Rozmowy o { $time }
open-call-for = Otwórz rozmowę: { $name }
waiting-displaced-caller = { $caller } — przeniesiono na listę oczekujących z powodu rozmowy prawnej (DSO §9)
room-number = Pokój { $room }
detainee-ids = { $number } · Pokój { $room }
compact-signed-version = Podpisane: wersja { $version } — { $language }
compact-old-version-needs = Podpisano starszą wersję, { $version }. Musi podpisać wersję { $current } (DSO §10).
compact-not-signed-version = Niepodpisane. Musi podpisać wersję { $current } (DSO §10).
risk-allows-reference = Wykonana, pozwala na rozmowy wideo. Numer { $reference }
risk-needed-measure = Wymagana przed każdą rozmową: podlega { $measure } (DSO §14).
suspended-because = Zawieszono — { $reason } (DSO §17)
suspended-until-date = Do { $until }
suspended-until-further-notice = Do odwołania
appeal-waiting-until = Odwołanie: czeka na decyzję, termin: { $time } (DSO §18)
appeal-was-dismissed = Odwołanie: oddalono (DSO §18)
appeal-none-lodged = Odwołanie: nie złożono (DSO §18)
legal-access-by = Inny dostęp do pomocy prawnej: { $method } (DSO §18)
legal-access-not-arranged = Inny dostęp do pomocy prawnej: NIE ZAPEWNIONO — powiadom kierownika (DSO §18)
notice-given-in-language = Pisemne zawiadomienie wręczono w języku: { $language }
compact-no-translation-in = { $language }: brak tłumaczenia porozumienia. Skorzystaj z tłumacza ustnego i zapisz jego numer (DSO §15).
replay-sentence-number = Przeczytaj ponownie zdanie { $number }
notice-reason-is = Powód: { $reason }.
notice-language-is = Wręcz to zawiadomienie w języku: { $language }
call-phase-ended-because = Zakończona: { $reason }
call-phase-terminated-because = Zakończona przez personel: { $reason }
call-cancelled-by-centre = Ośrodek anulował tę rezerwację, więc połączenie się zakończyło. Zsynchronizuj teraz, aby zobaczyć powód.
sync-parked-count = Odrzucone przez serwer ośrodka: { $count }. Powiadom dział IT ośrodka.
sync-clock-off = Zegar tego tabletu różni się od zegara ośrodka o { $minutes } min. Kinline używa czasu ośrodka; poproś wsparcie IT o ustawienie daty i godziny tabletu.
call-title-name = Rozmowa: { $name }
caller-named = Dzwoniący: { $caller }
video-caller-named = Obraz dzwoniącego: { $caller }
call-minutes-left = { $minutes ->
    [one] Została { $minutes } minuta
    [few] Zostały { $minutes } minuty
   *[other] Zostało { $minutes } minut
}
compact-other-languages = Inne języki
compact-other-languages-lead = Nie ma ich w profilu osoby zatrzymanej. Może ona przeczytać umowę w każdym z nich; aby podpisać w jednym z nich, kierownik musi najpierw dodać go do jej profilu (DSO §15). W przeciwnym razie skorzystaj z tłumacza.
# $reason (String) - the reason the DCO tapped to end the call
end-call-confirm-reason = Zakończyć rozmowę z powodu: { $reason }? Sprawa trafi do zespołu bezpieczeństwa.
end-call-confirm = Tak, zakończ rozmowę
end-call-go-back = Nie, wróć do rozmowy
# $time (String) - the slot's start, London; $kind (String) - social or legal call; $name (String) - the detainee
incident-about-call = Dotyczy rozmowy z { $time } — { $kind } — { $name }
# $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time; $opens (String) - the earliest check-in, London time
refusal-outside-slot = { $paragraph }: termin tej rozmowy to { $begins } do { $ends }. Przybycie można odnotować od { $opens }, a połączyć tylko w tym terminie. Wróć o tej porze.
# $kind (String) - social or legal call; $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time
call-slot-kind = { $kind }: { $begins } do { $ends }

## Booking a call with a detainee, cancelling one (DSO §7, §9)

book-call = Zarezerwuj rozmowę
booking-title = Zarezerwuj rozmowę dla: { $name }
booking-show-in = Pokaż ten ekran w języku
booking-kind = Rodzaj rozmowy
booking-when = Dzień i godzina
booking-day = Dzień
booking-time = Wolne godziny
booking-no-free-slots = W ciągu najbliższych { $days } dni nie ma wolnej godziny. Zapytaj kierownika ośrodka o listę oczekujących.
booking-slot-displaces = Zajmuje miejsce rozmowy prywatnej (DSO §9)
booking-caller = Osoba dzwoniąca
booking-caller-name = Imię i nazwisko osoby dzwoniącej
booking-relationship = Pokrewieństwo lub relacja z osobą zatrzymaną
booking-address-hint = Podaj adres e-mail, numer komórki lub oba: tam zostanie wysłane zaproszenie.
booking-email = Adres e-mail
booking-mobile = Numer komórki
booking-invitation-language = Język zaproszenia
booking-confirm = Zarezerwuj tę rozmowę
booking-back = Wróć bez rezerwacji
booking-choose-slot = Najpierw wybierz dzień i wolną godzinę.
booking-next-free = Najbliższe wolne godziny:
booking-done = Zarezerwowano: { $day } { $time }, { $caller }. Zaproszenie wyśle ośrodek.
booking-done-displaced = Rozmowa prywatna z tego terminu trafiła na listę oczekujących (DSO §9); ośrodek zaproponuje jej rozmówcy inny termin.
contact-error-name = Wpisz imię i nazwisko osoby dzwoniącej (najwyżej { $max } znaków).
contact-error-relationship = Wpisz, kim osoba dzwoniąca jest dla osoby zatrzymanej (najwyżej { $max } znaków).
contact-error-no-address = Podaj adres e-mail lub numer komórki: tam zostanie wysłane zaproszenie.
contact-error-email = Na ten adres nie można wysłać poczty. Sprawdź go (na przykład name@example.org).
contact-error-mobile = Na ten numer nie można wysłać SMS-a. Wpisz od 7 do 15 cyfr z numerem kierunkowym kraju albo brytyjski numer zaczynający się od 0.
contact-error-language = Wybierz jeden z języków strony osoby dzwoniącej.
cancel-call = Odwołaj
cancel-call-at = Odwołaj rozmowę o { $time }
cancel-title = Odwołanie rozmowy
cancel-which = Rozmowa o { $time } z: { $caller }.
cancel-reason = Dlaczego jest odwoływana?
cancel-reason-caller = Poprosiła osoba dzwoniąca
cancel-reason-detainee = Poprosiła osoba zatrzymana
cancel-reason-technical = Awaria techniczna
cancel-reason-other = Inny powód
cancel-confirm = Odwołaj rozmowę
cancel-and-rebook = Odwołaj i zarezerwuj ponownie
cancel-keep = Zachowaj rozmowę
cancel-reason-needed = Najpierw wybierz powód odwołania.
cancel-done = Rozmowa o { $time } została odwołana.
rebook-retype-address = Wpisz ponownie e-mail lub numer komórki osoby dzwoniącej, a potem zarezerwuj.
rebook = Zarezerwuj ponownie bez kosztów
