### Kinline — the tablet app and the caller's page: interface strings
### language: pl (Polish, Polski)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
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
today-title = Dzisiejsze rozmowy
today-count = { $count ->
    [one] { $count } zarezerwowana rozmowa
    [few] { $count } zarezerwowane rozmowy
   *[other] { $count } zarezerwowanych rozmów
}
today-empty = Na dziś nie ma zarezerwowanych rozmów.
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
signature-title = Podpisz tutaj
signature-instructions = Podpisz się palcem wewnątrz ramki.
signature-clear = Wyczyść
signature-confirm = Potwierdź podpis
signature-witness = Funkcjonariuszu: potwierdź, że widziałeś, jak zatrzymany się podpisuje.
signature-witness-button = Byłem świadkiem tego podpisu
signature-saved = Podpis zapisany.
call-title = Rozmowa wideo
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
incident-title = Raport o zdarzeniu
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
sync-offline = Offline — Twoja praca jest zapisana na tym tablecie
sync-pending = { $count ->
    [one] { $count } wpis czeka na wysłanie
    [few] { $count } wpisy czekają na wysłanie
   *[other] { $count } wpisów czeka na wysłanie
}
sync-last = Ostatnio wysłano o { $time }
sync-now = Wyślij teraz
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
