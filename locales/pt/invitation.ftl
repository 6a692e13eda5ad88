### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: pt (Portuguese, Português)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = Videochamada marcada: { $when }
msg-subject-reminder = Lembrete: videochamada em { $when }
msg-subject-cancellation = Videochamada cancelada: { $when }
msg-subject-displacement = A videochamada não pode realizar-se: { $when }
msg-invitation-intro = Está convidado para uma videochamada com uma pessoa detida no centro de remoção de imigrantes.
msg-reminder-intro = A sua videochamada com uma pessoa detida no centro de remoção de imigrantes começa em breve.
msg-when = Data e hora (hora do Reino Unido): de { $when } até às { $end }.
msg-kind-social = Esta é uma chamada social.
msg-kind-legal = Esta é uma chamada jurídica.
msg-link = Entre com esta ligação em qualquer navegador:
msg-code = O código da sua chamada: { $code }
msg-camera = O navegador vai pedir para usar a câmara e o microfone: por favor, permita ambos.
msg-adult = Antes de a chamada começar, um agente verifica se está presente um adulto.
msg-legal-private = Uma chamada jurídica é privada: o pessoal não a vê nem a ouve.
msg-social-supervised = O pessoal pode supervisionar uma chamada social; a sua privacidade é respeitada tanto quanto possível.
msg-no-record = Não grave a chamada.
msg-cancelled = A videochamada marcada para { $when } foi cancelada. A ligação já não funciona.
msg-displaced = A videochamada marcada para { $when } não pode realizar-se: uma chamada jurídica precisa do seu lugar.
msg-next-free = O próximo horário livre é { $next }. A pessoa a quem ia ligar pode marcá-lo junto de um agente.
msg-no-free = A pessoa a quem ia ligar pode marcar outro horário junto de um agente.
msg-footer = Esta mensagem foi enviada automaticamente pelo serviço de videochamadas do centro. Por favor, não responda.
