### Kinline — DSO 01/2020 Annex A: video calls compact
### language: fr (French, Français)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Appels vidéo : charte d’utilisation
compact-intro = Avant de pouvoir utiliser les appels vidéo, vous devez comprendre les règles ci-dessous et signer pour confirmer que vous les acceptez.

## Rules

rule-no-recording-log = Nous n’enregistrons ni l’image ni le son de l’appel vidéo, et nous notons seulement la date, l’heure et la durée de votre appel.
rule-privacy-supervision = Votre vie privée sera respectée autant que possible pendant votre appel, mais le personnel peut regarder les appels vidéo pour les surveiller.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Les séances sont proposées par créneaux de { $minutes } minutes.
rule-dress = Les personnes détenues et les personnes avec qui elles parlent en appel vidéo doivent être habillées correctement, par exemple pas en maillot de bain ni en sous-vêtements.
rule-terminate-breach = Le personnel qui surveille a le droit d’arrêter l’appel vidéo si les conditions d’utilisation ne sont pas respectées ou si la sécurité du centre est mise en danger.
rule-body-cameras = Le personnel qui surveille peut utiliser des caméras portées sur le corps pour enregistrer tout non-respect des conditions d’utilisation, par la personne détenue ou par la personne de l’autre côté de l’appel.
rule-police-referral = Toute preuve qu’une infraction pénale a été commise sera transmise à la police.
rule-no-recording-publish = Il est interdit d’enregistrer les appels vidéo de quelque manière que ce soit, le son ou l’image, ou de les publier, y compris de les mettre sur un site internet comme YouTube ; toute preuve d’enregistrement entraînera l’arrêt de l’appel et la preuve sera transmise à la police.
rule-terminate-behaviour = Un appel vidéo sera arrêté en cas de langage grossier ou insultant, de comportement sexuel, ou de tout comportement que le personnel qui surveille juge inapproprié.
rule-breach-ban = Si les conditions d’utilisation ne sont pas respectées, vous pourriez ne plus avoir le droit de réserver des appels vidéo à l’avenir.

## Code of conduct

conduct-must-heading = Vous devez :
must-respect = faire attention aux autres utilisateurs et les respecter.
must-report-concerns = signaler à un membre du personnel toute inquiétude liée à l’appel.
must-cooperate = coopérer à tout moment avec la personne qui surveille et suivre toutes les consignes données.
must-report-breach = signaler sans attendre à la société qui gère le centre tout non-respect de ces règles, par vous-même ou par d’autres.
conduct-must-not-heading = Vous ne devez pas :
must-not-unlawful = utiliser le service d’appels vidéo pour faire quoi que ce soit d’illégal.
must-not-settings = configurer ou modifier les réglages de l’appareil.
must-not-offensive = partager votre écran ou montrer un contenu illégal ou qui pourrait choquer les autres, y compris un contenu pornographique, raciste ou homophobe.
must-not-record = enregistrer l’appel ; toute preuve qu’un appel vidéo est enregistré par une autre personne entraînera l’arrêt de l’appel.

## Agreement

agreement-heading = Accord
agreement-read = J’ai lu et je comprends ces règles sur l’utilisation des appels vidéo, et j’accepte de respecter leurs conditions.
agreement-suspension = Je comprends que si je ne respecte pas ces règles, mon accès au service d’appels vidéo peut être suspendu.
agreement-police = Je comprends aussi que toute tentative d’activité illégale sera signalée à la police et peut entraîner des poursuites pénales.
