### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: es (Spanish, Español)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Videollamada reservada: { $when }
msg-subject-reminder = Recordatorio: videollamada el { $when }
msg-subject-cancellation = Videollamada cancelada: { $when }
msg-subject-displacement = La videollamada no puede realizarse: { $when }
msg-invitation-intro = Le invitamos a una videollamada con una persona retenida en el centro de expulsión de inmigrantes.
msg-reminder-intro = Su videollamada con una persona retenida en el centro de expulsión de inmigrantes empieza pronto.
msg-when = Fecha y hora (hora del Reino Unido): de { $when } a { $end }.
msg-kind-social = Esta es una llamada social.
msg-kind-legal = Esta es una llamada legal.
msg-link = Únase con este enlace desde cualquier navegador web:
msg-code = Su código de llamada: { $code }
msg-camera = Su navegador le pedirá usar la cámara y el micrófono: permita ambos, por favor.
msg-adult = Antes de que empiece la llamada, un agente comprueba que hay un adulto presente.
msg-legal-private = Una llamada legal es privada: el personal no la ve ni la escucha.
msg-social-supervised = El personal puede supervisar una llamada social; su privacidad se respeta en la medida de lo posible.
msg-no-record = No grabe la llamada.
msg-cancelled = La videollamada reservada para el { $when } se ha cancelado. El enlace ya no funciona.
msg-displaced = La videollamada reservada para el { $when } no puede realizarse: una llamada legal necesita su lugar.
msg-next-free = El próximo horario libre es el { $next }. La persona a la que iba a llamar puede reservarlo con un agente.
msg-no-free = La persona a la que iba a llamar puede reservar otro horario con un agente.
msg-footer = Este mensaje lo ha enviado automáticamente el servicio de videollamadas del centro. No responda, por favor.
