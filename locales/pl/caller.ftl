### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: pl (Polish, Polski)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Połączenie wideo
join-legal = To jest rozmowa prawna: personel jej nie obserwuje.
join-starting = Uruchamianie kamery…
join-no-camera = Nie udało się uruchomić kamery lub mikrofonu. Zezwól na ich użycie i odśwież tę stronę.
join-waiting = Proszę czekać: funkcjonariusz wkrótce Cię sprawdzi i wpuści.
join-connecting = Łączenie…
join-in-call = Połączono.
join-warning = Rozmowa zakończy się za minutę.
join-reconnecting = Połączenie zostało przerwane. Ponowne łączenie…
join-no-route = Nie udało się nawiązać połączenia z tej przeglądarki. Sprawdź połączenie z internetem, a potem odśwież tę stronę.
join-peer-left = Druga strona straciła połączenie. Oczekiwanie…
join-ended-completed = Rozmowa się zakończyła.
join-ended-slot-ended = Rozmowa się zakończyła: czas minął.
join-ended-terminated = Funkcjonariusz zakończył rozmowę.
join-ended-technical-failure = Rozmowa zakończyła się z powodu awarii połączenia. Można ją bezpłatnie zarezerwować ponownie.
join-ended-not-admitted = Rozmowa się nie odbyła.
join-unknown = Ten link jest nieprawidłowy lub rozmowa już się zakończyła.
join-in-use = Ktoś jest już w tej rozmowie z tym linkiem. Dołączyć może tylko jedna osoba; jeśli to Ty, zamknij drugie okno.
join-hang-up = Rozłącz
join-no-record = Nie nagrywaj tej rozmowy. Ośrodek przechowuje tylko jej datę, godzinę i długość.
join-language = Język
refused-unknown = Ten link jest nieprawidłowy. Sprawdź otrzymany link.
refused-cancelled = Ta rozmowa została odwołana.
refused-over = Ta rozmowa już się odbyła.
refused-past = Czas tej rozmowy już minął.
