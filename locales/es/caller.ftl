### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: es (Spanish, Español)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Videollamada
join-legal = Esta es una llamada legal: el personal no la supervisa.
join-starting = Iniciando la cámara…
join-no-camera = No se pudo iniciar la cámara o el micrófono. Permita su uso y vuelva a cargar esta página.
join-waiting = Espere, por favor: un agente le comprobará y le dará acceso en breve.
join-connecting = Conectando…
join-in-call = Está conectado.
join-warning = La llamada termina en un minuto.
join-reconnecting = Se ha perdido la conexión. Reconectando…
join-no-route = No se pudo establecer ninguna conexión desde este navegador. Compruebe su conexión a internet y vuelva a cargar esta página.
join-peer-left = El otro lado ha perdido la conexión. Esperando…
join-ended-completed = La llamada ha terminado.
join-ended-slot-ended = La llamada ha terminado: se acabó el tiempo.
join-ended-terminated = El agente ha finalizado la llamada.
join-ended-technical-failure = La llamada terminó porque falló la conexión. Se puede reservar de nuevo sin coste.
join-ended-not-admitted = La llamada no se realizó.
join-unknown = Este enlace no es válido o la llamada ha terminado.
join-in-use = Ya hay alguien en esta llamada con este enlace. Solo puede unirse una persona; si era usted, cierre la otra ventana.
join-hang-up = Colgar
join-no-record = No grabe esta llamada. El centro solo guarda su fecha, hora y duración.
join-language = Idioma
refused-unknown = Este enlace no es válido. Compruebe el enlace que recibió.
refused-cancelled = Esta llamada se ha cancelado.
refused-over = Esta llamada ya se ha realizado.
refused-past = La hora de esta llamada ya ha pasado.
