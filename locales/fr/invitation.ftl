### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: fr (French, Français)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Appel vidéo réservé : { $when }
msg-subject-reminder = Rappel : appel vidéo le { $when }
msg-subject-cancellation = Appel vidéo annulé : { $when }
msg-subject-displacement = L'appel vidéo ne peut pas avoir lieu : { $when }
msg-invitation-intro = Vous êtes invité à un appel vidéo avec une personne retenue au centre de rétention pour l'éloignement des étrangers.
msg-reminder-intro = Votre appel vidéo avec une personne retenue au centre de rétention pour l'éloignement des étrangers commence bientôt.
msg-when = Date et heure (heure du Royaume-Uni) : du { $when } à { $end }.
msg-kind-social = Il s'agit d'un appel personnel.
msg-kind-legal = Il s'agit d'un appel juridique.
msg-link = Rejoignez l'appel avec ce lien dans n'importe quel navigateur :
msg-code = Votre code d'appel : { $code }
msg-camera = Votre navigateur demandera à utiliser votre caméra et votre micro : veuillez autoriser les deux.
msg-adult = Avant le début de l'appel, un agent vérifie qu'un adulte est présent.
msg-legal-private = Un appel juridique est confidentiel : le personnel ne le regarde pas et ne l'écoute pas.
msg-social-supervised = Le personnel peut superviser un appel personnel ; votre vie privée est respectée autant que possible.
msg-no-record = N'enregistrez pas l'appel.
msg-cancelled = L'appel vidéo réservé pour le { $when } a été annulé. Le lien ne fonctionne plus.
msg-displaced = L'appel vidéo réservé pour le { $when } ne peut pas avoir lieu : un appel juridique a besoin de sa place.
msg-next-free = Le prochain créneau libre est le { $next }. La personne que vous deviez appeler peut le réserver auprès d'un agent.
msg-no-free = La personne que vous deviez appeler peut réserver un autre créneau auprès d'un agent.
msg-footer = Ce message a été envoyé automatiquement par le service d'appels vidéo du centre. Merci de ne pas y répondre.
