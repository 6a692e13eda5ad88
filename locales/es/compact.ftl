### Kinline — DSO 01/2020 Annex A: video calls compact
### language: es (Spanish, Español)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Videollamadas: acuerdo de uso
compact-intro = Antes de poder usar las videollamadas, usted debe entender las normas de abajo y firmar para confirmar que está de acuerdo con ellas.

## Rules

rule-no-recording-log = No se graba ni la imagen ni el sonido de la videollamada, y solo anotamos la fecha, la hora y la duración de su llamada.
rule-privacy-supervision = Se respetará su privacidad en la medida de lo posible durante la llamada, pero el personal puede observar las videollamadas para supervisarlas.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Las sesiones se ofrecen en turnos de { $minutes } minutos.
rule-dress = Las personas detenidas y las personas con las que hablan por videollamada deben estar vestidas de forma adecuada, por ejemplo, no en traje de baño ni en ropa interior.
rule-terminate-breach = El personal que supervisa tiene derecho a terminar la videollamada si no se cumplen las condiciones de uso o si se pone en riesgo la seguridad del centro.
rule-body-cameras = El personal que supervisa puede usar cámaras corporales para grabar cualquier incumplimiento de las condiciones de uso, ya sea de la persona detenida o de la persona al otro lado de la videollamada.
rule-police-referral = Cualquier prueba de que se ha cometido un delito se entregará a la policía.
rule-no-recording-publish = Está prohibido grabar las videollamadas de cualquier forma, con sonido o con imagen, o publicarlas, lo que incluye subirlas a una página web como YouTube; si hay pruebas de una grabación, la llamada se terminará y las pruebas se entregarán a la policía.
rule-terminate-behaviour = Se terminará una videollamada si hay lenguaje grosero u ofensivo, comportamiento sexual o cualquier comportamiento que el personal que supervisa considere inapropiado.
rule-breach-ban = No cumplir las condiciones de uso puede llevar a que se le prohíba reservar videollamadas en el futuro.

## Code of conduct

conduct-must-heading = Usted debe:
must-respect = tener en cuenta a los demás usuarios y respetarlos.
must-report-concerns = contar a un miembro del personal cualquier preocupación que tenga sobre la llamada.
must-cooperate = colaborar en todo momento con la persona que supervisa y seguir todas las instrucciones que le den.
must-report-breach = informar sin demora a la empresa que gestiona el centro de cualquier incumplimiento de estas normas, hecho por usted o por otras personas.
conduct-must-not-heading = Usted no debe:
must-not-unlawful = usar el servicio de videollamadas para hacer nada ilegal.
must-not-settings = configurar ni cambiar ningún ajuste del equipo.
must-not-offensive = compartir su pantalla ni mostrar ningún material ilegal o que pueda ofender a otras personas, incluido material pornográfico, racista u homófobo.
must-not-record = grabar la llamada; cualquier prueba de que otra persona está grabando una videollamada hará que se termine la llamada.

## Agreement

agreement-heading = Acuerdo
agreement-read = He leído y entiendo estas normas sobre el uso de las videollamadas, y acepto cumplir sus términos y condiciones.
agreement-suspension = Entiendo que, si no cumplo estas normas, se me puede suspender el uso del servicio de videollamadas.
agreement-police = También entiendo que cualquier intento de realizar una actividad ilegal se comunicará a la policía y puede llevar a un proceso penal.
