### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: ro (Romanian, Română)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Apel video programat: { $when }
msg-subject-reminder = Memento: apel video la { $when }
msg-subject-cancellation = Apel video anulat: { $when }
msg-subject-displacement = Apelul video nu poate avea loc: { $when }
msg-invitation-intro = Sunteți invitat la un apel video cu o persoană reținută în centrul de îndepărtare a imigranților.
msg-reminder-intro = Apelul dumneavoastră video cu o persoană reținută în centrul de îndepărtare a imigranților începe în curând.
msg-when = Data și ora (ora Regatului Unit): { $when } până la { $end }.
msg-kind-social = Acesta este un apel social.
msg-kind-legal = Acesta este un apel juridic.
msg-link = Intrați cu acest link din orice browser web:
msg-code = Codul apelului dumneavoastră: { $code }
msg-camera = Browserul vă va cere permisiunea de a folosi camera și microfonul: vă rugăm să le permiteți pe amândouă.
msg-adult = Înainte de începerea apelului, un ofițer verifică dacă este prezent un adult.
msg-legal-private = Un apel juridic este privat: personalul nu îl urmărește și nu îl ascultă.
msg-social-supervised = Personalul poate supraveghea un apel social; intimitatea dumneavoastră este respectată cât mai mult posibil.
msg-no-record = Nu înregistrați apelul.
msg-cancelled = Apelul video programat pentru { $when } a fost anulat. Linkul nu mai funcționează.
msg-displaced = Apelul video programat pentru { $when } nu poate avea loc: un apel juridic are nevoie de locul său.
msg-next-free = Următorul interval liber este { $next }. Persoana pe care urma să o sunați îl poate rezerva la un ofițer.
msg-no-free = Persoana pe care urma să o sunați poate rezerva alt interval la un ofițer.
msg-footer = Acest mesaj a fost trimis automat de serviciul de apeluri video al centrului. Vă rugăm să nu răspundeți.
