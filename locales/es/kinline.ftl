### Kinline — the tablet app and the caller's page: interface strings
### language: es (Spanish, Español)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = Videollamadas para personas en detención
signin-title = Iniciar sesión
signin-staff-number = Número de empleado
signin-pin = PIN
signin-button = Entrar
signin-offline-note = Puede iniciar sesión sin red si ya lo ha hecho antes en esta tableta.
signin-error-unknown = Este número de empleado no se conoce en esta tableta. Compruébelo o conéctese a la red para que la tableta se actualice.
signin-error-pin = El PIN no es correcto. Inténtelo de nuevo.
signin-error-locked = Demasiados PIN incorrectos. Pida a un responsable que desbloquee su cuenta.
signout-button = Cerrar sesión
today-title = Llamadas de hoy
today-count = { $count ->
    [one] { $count } llamada reservada
   *[other] { $count } llamadas reservadas
}
today-empty = No hay llamadas reservadas para hoy.
today-row = { $time } — { $name }
call-kind-social = Llamada social
call-kind-legal = Llamada legal
today-open-session = Abrir sesión
today-new-booking = Nueva reserva
session-title = Sesión del detenido
session-for = Sesión de { $name }
session-compact-needed = El acuerdo debe firmarse antes de cualquier videollamada.
session-compact-signed = Acuerdo firmado
session-suspended = Las videollamadas de esta persona están suspendidas.
session-start-call = Iniciar la llamada
session-hand-back = Devuelva la tableta al agente
compact-screen-title = Videollamadas: las normas
compact-choose-language = Elija el idioma en el que quiere leer y escuchar las normas
compact-read-aloud = Leer en voz alta
compact-stop-reading = Dejar de leer
compact-reading = Leyendo en voz alta…
compact-no-voice = No hay voz para este idioma en esta tableta. Use un intérprete para explicar las normas.
compact-not-offered = Las normas no están disponibles en este idioma. Use un intérprete para explicarlas.
compact-not-reviewed = Esta traducción no ha sido revisada por un traductor cualificado.
compact-not-reviewed-dco = Esta traducción no ha sido revisada. Confirme que el detenido la ha entendido y anote cómo.
compact-confirm-how = ¿Cómo se confirmó la comprensión?
compact-confirm-read = La leyó en pantalla en un idioma que lee bien
compact-confirm-audio = La escuchó leída en voz alta hasta el final
compact-confirm-interpreter = Un intérprete la explicó
compact-interpreter-reference = Referencia de la reserva o de la credencial del intérprete
compact-understood = He entendido las normas
compact-ask-question = Tengo una pregunta
compact-version = Versión { $version }
signature-title = Firme aquí
signature-instructions = Firme con el dedo dentro del recuadro.
signature-clear = Borrar
signature-confirm = Confirmar firma
signature-witness = Agente: confirme que vio firmar al detenido.
signature-witness-button = He presenciado esta firma
signature-saved = Firma guardada.
call-title = Videollamada
call-waiting = Esperando a que se una la persona que llama…
call-caller-joined = La persona que llama se ha unido.
call-check-adult = Compruebe que la persona llamada es adulta antes de admitirla.
call-admit = Admitir a quien llama
call-refuse-not-adult = No es adulto — no admitir
call-mute = Silenciar
call-unmute = Activar sonido
call-camera-off = Apagar cámara
call-camera-on = Encender cámara
call-end = Finalizar llamada
call-time-left = { $minutes ->
    [one] Queda { $minutes } minuto
   *[other] Quedan { $minutes } minutos
}
call-reconnecting = Se perdió la conexión. Reconectando…
call-legal-unsupervised = Llamada legal: sin supervisión visual.
end-title = Finalizar la llamada
end-choose-reason = ¿Por qué se finaliza la llamada?
end-reason-recording = Grabar o publicar la llamada
end-reason-inappropriate-dress = Vestimenta inapropiada
end-reason-abusive-language = Lenguaje grosero u ofensivo
end-reason-sexualised-behaviour = Conducta sexual
end-reason-inappropriate-behaviour = Otra conducta inapropiada
end-reason-offensive-material = Mostrar material ilegal u ofensivo
end-reason-unlawful-activity = Actividad ilegal
end-reason-security-risk = Riesgo para la seguridad del centro
end-reason-concern-for-recipient = Preocupación por la llamada o la seguridad de quien llama
end-confirm = Finalizar la llamada ahora
end-referral-note = Se envía un informe al departamento de seguridad.
incident-title = Informe de incidente
incident-what-happened = Qué ocurrió
incident-when = Cuándo
incident-who-involved = Quién estuvo implicado
incident-submit = Enviar informe
incident-saved = Informe guardado. Se enviará cuando la tableta esté en línea.
suspension-title = Aviso: videollamadas suspendidas
suspension-body = { $name }, su acceso a las videollamadas está suspendido desde el { $from } hasta el { $until }.
suspension-reasons = Los motivos son: { $reasons }.
suspension-reason-security = por la seguridad del centro
suspension-reason-safety = por la seguridad de una persona
suspension-reason-breach = incumplimiento de las normas de las videollamadas
suspension-appeal = Puede recurrir esta decisión. Su recurso se resolverá en un plazo de { $hours } horas.
suspension-legal-access = Puede seguir contactando con su asesor legal por otros medios.
suspension-review = Esta suspensión se revisará el { $date }.
language-title = Idioma
language-choose = Elija un idioma
language-option = { $native } — { $english }
sync-online = En línea
sync-offline = Sin conexión — su trabajo está guardado en esta tableta
sync-pending = { $count ->
    [one] { $count } registro pendiente de envío
   *[other] { $count } registros pendientes de envío
}
sync-last = Último envío a las { $time }
sync-now = Enviar ahora
sync-failed = No se pudo contactar con el servidor del centro. Su trabajo está seguro; se enviará más tarde.
error-network = No hay red. Su trabajo está guardado y se enviará más tarde.
error-camera = La cámara no funciona. Compruebe que ninguna otra aplicación la esté usando.
error-microphone = El micrófono no funciona. Compruebe que no esté silenciado.
error-storage = La tableta está casi llena. Avise a un responsable.
error-try-again = Algo salió mal. Inténtelo de nuevo.
caller-title = Unirse a una videollamada
caller-code = Código de acceso
caller-code-help = Escriba el código que recibió al reservar la llamada.
caller-join = Unirse
caller-code-wrong = Este código no es correcto o la llamada aún no ha empezado. Compruebe el código y la hora.
caller-camera-preview = Su cámara
caller-allow-camera = Permita que esta página use su cámara y su micrófono.
caller-adult-notice = El agente comprobará que usted es adulto antes de dejarle entrar.
caller-waiting = Esperando a que el agente le deje entrar…
caller-recording-forbidden = No grabe esta llamada de ninguna manera.
caller-call-ended = La llamada ha terminado.
caller-ended-by-officer = El agente finalizó la llamada.
caller-leave = Salir de la llamada
