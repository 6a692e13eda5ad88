### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: fr (French, Français)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Appel vidéo
join-legal = Ceci est un appel juridique : le personnel ne le surveille pas.
join-starting = Démarrage de votre caméra…
join-no-camera = Impossible de démarrer votre caméra ou votre micro. Autorisez-les et rechargez cette page.
join-waiting = Veuillez patienter : un agent va vous vérifier et vous faire entrer sous peu.
join-connecting = Connexion…
join-in-call = Vous êtes connecté.
join-warning = L'appel se termine dans une minute.
join-reconnecting = La connexion a été perdue. Reconnexion…
join-no-route = Aucune connexion n'a pu être établie depuis ce navigateur. Vérifiez votre connexion à internet, puis rechargez cette page.
join-peer-left = L'autre côté a perdu sa connexion. En attente…
join-ended-completed = L'appel est terminé.
join-ended-slot-ended = L'appel est terminé : le temps est écoulé.
join-ended-terminated = L'agent a mis fin à l'appel.
join-ended-technical-failure = L'appel s'est terminé car la connexion a échoué. Il peut être réservé à nouveau gratuitement.
join-ended-not-admitted = L'appel n'a pas eu lieu.
join-unknown = Ce lien n'est pas valide ou l'appel est terminé.
join-in-use = Quelqu'un est déjà dans cet appel avec ce lien. Une seule personne peut le rejoindre ; si c'était vous, fermez l'autre fenêtre.
join-hang-up = Raccrocher
join-no-record = N'enregistrez pas cet appel. Le centre ne conserve que sa date, son heure et sa durée.
join-language = Langue
refused-unknown = Ce lien n'est pas valide. Vérifiez le lien que vous avez reçu.
refused-cancelled = Cet appel a été annulé.
refused-over = Cet appel a déjà eu lieu.
refused-past = L'heure de cet appel est passée.
