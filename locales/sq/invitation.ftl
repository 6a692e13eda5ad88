### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: sq (Albanian, Shqip)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Thirrje video e rezervuar: { $when }
msg-subject-reminder = Kujtesë: thirrje video më { $when }
msg-subject-cancellation = Thirrja video u anulua: { $when }
msg-subject-displacement = Thirrja video nuk mund të zhvillohet: { $when }
msg-invitation-intro = Jeni të ftuar në një thirrje video me një person të mbajtur në qendrën e largimit të emigrantëve.
msg-reminder-intro = Thirrja juaj video me një person të mbajtur në qendrën e largimit të emigrantëve fillon së shpejti.
msg-when = Data dhe ora (ora e Mbretërisë së Bashkuar): { $when } deri në { $end }.
msg-kind-social = Kjo është një thirrje sociale.
msg-kind-legal = Kjo është një thirrje ligjore.
msg-link = Bashkohuni me këtë lidhje në çdo shfletues interneti:
msg-code = Kodi i thirrjes suaj: { $code }
msg-camera = Shfletuesi do t'ju kërkojë të përdorë kamerën dhe mikrofonin: ju lutemi lejoni të dyja.
msg-adult = Para se të fillojë thirrja, një oficer kontrollon që të jetë i pranishëm një i rritur.
msg-legal-private = Një thirrje ligjore është private: stafi nuk e shikon dhe nuk e dëgjon.
msg-social-supervised = Stafi mund ta mbikëqyrë një thirrje sociale; privatësia juaj respektohet sa më shumë që të jetë e mundur.
msg-no-record = Mos e regjistroni thirrjen.
msg-cancelled = Thirrja video e rezervuar për { $when } u anulua. Lidhja nuk funksionon më.
msg-displaced = Thirrja video e rezervuar për { $when } nuk mund të zhvillohet: një thirrje ligjore ka nevojë për vendin e saj.
msg-next-free = Koha e lirë e radhës është { $next }. Personi që do të telefononit mund ta rezervojë me një oficer.
msg-no-free = Personi që do të telefononit mund të rezervojë një kohë tjetër me një oficer.
msg-footer = Ky mesazh u dërgua automatikisht nga shërbimi i thirrjeve video i qendrës. Ju lutemi mos u përgjigjni.
