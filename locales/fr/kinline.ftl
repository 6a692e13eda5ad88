### Kinline — the tablet app and the caller's page: interface strings
### language: fr (French, Français)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = Appels vidéo pour les personnes en rétention
signin-title = Connexion
signin-staff-number = Numéro d'agent
signin-pin = Code PIN
signin-button = Se connecter
signin-offline-note = Vous pouvez vous connecter sans réseau si vous vous êtes déjà connecté sur cette tablette.
signin-error-unknown = Ce numéro d'agent n'est pas connu sur cette tablette. Vérifiez-le ou connectez-vous au réseau pour que la tablette se mette à jour.
signin-error-pin = Le code PIN est incorrect. Réessayez.
signin-error-locked = Trop de codes PIN erronés. Demandez à un responsable de débloquer votre compte.
signout-button = Se déconnecter
today-title = Appels du jour
today-count = { $count ->
    [one] { $count } appel réservé
   *[other] { $count } appels réservés
}
today-empty = Aucun appel n'est réservé aujourd'hui.
today-row = { $time } — { $name }
call-kind-social = Appel personnel
call-kind-legal = Appel juridique
today-open-session = Ouvrir la session
today-new-booking = Nouvelle réservation
session-title = Session de la personne retenue
session-for = Session de { $name }
session-compact-needed = L'accord doit être signé avant tout appel vidéo.
session-compact-signed = Accord signé
session-suspended = Les appels vidéo de cette personne sont suspendus.
session-start-call = Lancer l'appel
session-hand-back = Rendez la tablette à l'agent
compact-screen-title = Appels vidéo : les règles
compact-choose-language = Choisissez la langue dans laquelle lire et écouter les règles
compact-read-aloud = Lire à voix haute
compact-stop-reading = Arrêter la lecture
compact-reading = Lecture à voix haute…
compact-no-voice = Il n'y a pas de voix pour cette langue sur cette tablette. Faites appel à un interprète pour expliquer les règles.
compact-not-offered = Les règles ne sont pas disponibles dans cette langue. Faites appel à un interprète pour les expliquer.
compact-not-reviewed = Cette traduction n'a pas été vérifiée par un traducteur qualifié.
compact-not-reviewed-dco = Cette traduction n'a pas été relue. Confirmez que la personne retenue l'a comprise, et notez comment.
compact-confirm-how = Comment la compréhension a-t-elle été confirmée ?
compact-confirm-read = Elle l'a lue à l'écran dans une langue qu'elle lit bien
compact-confirm-audio = Elle a écouté la lecture à voix haute jusqu'au bout
compact-confirm-interpreter = Un interprète l'a expliquée
compact-interpreter-reference = Référence de la réservation ou du badge de l'interprète
compact-understood = J'ai compris les règles
compact-ask-question = J'ai une question
compact-version = Version { $version }
signature-title = Signez ici
signature-instructions = Signez avec le doigt à l'intérieur du cadre.
signature-clear = Effacer
signature-confirm = Confirmer la signature
signature-witness = Agent : confirmez que vous avez vu la personne retenue signer.
signature-witness-button = J'ai été témoin de cette signature
signature-saved = Signature enregistrée.
call-title = Appel vidéo
call-waiting = En attente de l'appelant…
call-caller-joined = L'appelant a rejoint l'appel.
call-check-adult = Vérifiez que la personne appelée est majeure avant de l'admettre.
call-admit = Admettre l'appelant
call-refuse-not-adult = Pas majeur — ne pas admettre
call-mute = Couper le micro
call-unmute = Rétablir le micro
call-camera-off = Couper la caméra
call-camera-on = Allumer la caméra
call-end = Mettre fin à l'appel
call-time-left = { $minutes ->
    [one] { $minutes } minute restante
   *[other] { $minutes } minutes restantes
}
call-reconnecting = La connexion a été perdue. Reconnexion…
call-legal-unsupervised = Appel juridique : sans surveillance visuelle.
end-title = Mettre fin à l'appel
end-choose-reason = Pourquoi l'appel est-il interrompu ?
end-reason-recording = Enregistrement ou publication de l'appel
end-reason-inappropriate-dress = Tenue inappropriée
end-reason-abusive-language = Langage grossier ou injurieux
end-reason-sexualised-behaviour = Comportement sexuel
end-reason-inappropriate-behaviour = Autre comportement inapproprié
end-reason-offensive-material = Présentation de contenus illégaux ou choquants
end-reason-unlawful-activity = Activité illégale
end-reason-security-risk = Risque pour la sécurité du centre
end-reason-concern-for-recipient = Inquiétude au sujet de l'appel ou de la sécurité de l'appelant
end-confirm = Mettre fin à l'appel maintenant
end-referral-note = Un rapport est transmis au service de sécurité.
incident-title = Rapport d'incident
incident-what-happened = Ce qui s'est passé
incident-when = Quand
incident-who-involved = Personnes impliquées
incident-submit = Envoyer le rapport
incident-saved = Rapport enregistré. Il sera envoyé quand la tablette sera en ligne.
suspension-title = Avis : appels vidéo suspendus
suspension-body = { $name }, votre accès aux appels vidéo est suspendu du { $from } au { $until }.
suspension-reasons = Les motifs sont : { $reasons }.
suspension-reason-security = pour la sécurité du centre
suspension-reason-safety = pour la sécurité d'une personne
suspension-reason-breach = non-respect des règles des appels vidéo
suspension-appeal = Vous pouvez faire appel de cette décision. Il sera statué sur votre appel dans les { $hours } heures.
suspension-legal-access = Vous pouvez toujours contacter votre conseiller juridique par d'autres moyens.
suspension-review = Cette suspension sera réexaminée le { $date }.
language-title = Langue
language-choose = Choisissez une langue
language-option = { $native } — { $english }
sync-online = En ligne
sync-offline = Hors ligne — votre travail est enregistré sur cette tablette
sync-pending = { $count ->
    [one] { $count } enregistrement en attente d'envoi
   *[other] { $count } enregistrements en attente d'envoi
}
sync-last = Dernier envoi à { $time }
sync-now = Envoyer maintenant
sync-failed = Impossible de joindre le serveur du centre. Votre travail est en sécurité ; il sera envoyé plus tard.
error-network = Pas de réseau. Votre travail est enregistré et sera envoyé plus tard.
error-camera = La caméra ne fonctionne pas. Vérifiez qu'aucune autre application ne l'utilise.
error-microphone = Le micro ne fonctionne pas. Vérifiez qu'il n'est pas coupé.
error-storage = La tablette est presque pleine. Prévenez un responsable.
error-try-again = Un problème est survenu. Réessayez.
caller-title = Rejoindre un appel vidéo
caller-code = Code d'accès
caller-code-help = Saisissez le code reçu lors de la réservation de l'appel.
caller-join = Rejoindre
caller-code-wrong = Ce code est incorrect, ou l'appel n'a pas encore commencé. Vérifiez le code et l'heure.
caller-camera-preview = Votre caméra
caller-allow-camera = Autorisez cette page à utiliser votre caméra et votre micro.
caller-adult-notice = L'agent vérifiera que vous êtes majeur avant de vous laisser entrer.
caller-waiting = En attente de l'autorisation de l'agent…
caller-recording-forbidden = N'enregistrez cet appel d'aucune manière.
caller-call-ended = L'appel est terminé.
caller-ended-by-officer = L'agent a mis fin à l'appel.
caller-leave = Quitter l'appel
