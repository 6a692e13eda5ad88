### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: pl (Polish, Polski)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Zarezerwowano połączenie wideo: { $when }
msg-subject-reminder = Przypomnienie: połączenie wideo { $when }
msg-subject-cancellation = Połączenie wideo odwołane: { $when }
msg-subject-displacement = Połączenie wideo nie może się odbyć: { $when }
msg-invitation-intro = Zapraszamy na połączenie wideo z osobą przebywającą w ośrodku deportacyjnym dla imigrantów.
msg-reminder-intro = Twoje połączenie wideo z osobą przebywającą w ośrodku deportacyjnym dla imigrantów wkrótce się zacznie.
msg-when = Data i godzina (czas brytyjski): od { $when } do { $end }.
msg-kind-social = To jest połączenie prywatne.
msg-kind-legal = To jest połączenie prawne.
msg-link = Dołącz przez ten link w dowolnej przeglądarce:
msg-code = Twój kod połączenia: { $code }
msg-camera = Przeglądarka poprosi o dostęp do kamery i mikrofonu: zezwól na oba.
msg-adult = Przed rozpoczęciem połączenia funkcjonariusz sprawdza, czy obecna jest osoba dorosła.
msg-legal-private = Połączenie prawne jest poufne: personel go nie ogląda ani nie słucha.
msg-social-supervised = Personel może nadzorować połączenie prywatne; Twoja prywatność jest szanowana w miarę możliwości.
msg-no-record = Nie nagrywaj połączenia.
msg-cancelled = Połączenie wideo zarezerwowane na { $when } zostało odwołane. Link już nie działa.
msg-displaced = Połączenie wideo zarezerwowane na { $when } nie może się odbyć: jego termin jest potrzebny na połączenie prawne.
msg-next-free = Najbliższy wolny termin to { $next }. Osoba, do której miałeś dzwonić, może go zarezerwować u funkcjonariusza.
msg-no-free = Osoba, do której miałeś dzwonić, może zarezerwować inny termin u funkcjonariusza.
msg-footer = Ta wiadomość została wysłana automatycznie przez serwis połączeń wideo ośrodka. Prosimy na nią nie odpowiadać.
