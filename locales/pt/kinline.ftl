### Kinline — the tablet app and the caller's page: interface strings
### language: pt (Portuguese, Português)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = Videochamadas para pessoas em detenção
signin-title = Iniciar sessão
signin-staff-number = Número de funcionário
signin-pin = PIN
signin-button = Entrar
signin-offline-note = Pode iniciar sessão sem rede se já o fez antes neste tablet.
signin-error-unknown = Este número de funcionário não é conhecido neste tablet. Verifique-o ou ligue-se à rede para o tablet se atualizar.
signin-error-pin = O PIN não está correto. Tente novamente.
signin-error-locked = Demasiados PINs errados. Peça a um gestor para desbloquear a sua conta.
signout-button = Terminar sessão
today-title = Chamadas de hoje
today-count = { $count ->
    [one] { $count } chamada marcada
   *[other] { $count } chamadas marcadas
}
today-empty = Não há chamadas marcadas para hoje.
today-row = { $time } — { $name }
call-kind-social = Chamada social
call-kind-legal = Chamada jurídica
today-open-session = Abrir sessão
today-new-booking = Nova marcação
session-title = Sessão do detido
session-for = Sessão de { $name }
session-compact-needed = O acordo tem de ser assinado antes de qualquer videochamada.
session-compact-signed = Acordo assinado
session-suspended = As videochamadas desta pessoa estão suspensas.
session-start-call = Iniciar a chamada
session-hand-back = Devolva o tablet ao agente
compact-screen-title = Videochamadas: as regras
compact-choose-language = Escolha a língua em que quer ler e ouvir as regras
compact-read-aloud = Ler em voz alta
compact-stop-reading = Parar de ler
compact-reading = A ler em voz alta…
compact-no-voice = Não há voz para esta língua neste tablet. Use um intérprete para explicar as regras.
compact-not-offered = As regras não estão disponíveis nesta língua. Use um intérprete para as explicar.
compact-not-reviewed = Esta tradução não foi verificada por um tradutor qualificado.
compact-not-reviewed-dco = Esta tradução não foi revista. Confirme que o detido a compreendeu e registe como.
compact-confirm-how = Como foi confirmada a compreensão?
compact-confirm-read = Leu-a no ecrã numa língua que lê bem
compact-confirm-audio = Ouviu-a lida em voz alta até ao fim
compact-confirm-interpreter = Um intérprete explicou-a
compact-interpreter-reference = Referência da marcação ou do crachá do intérprete
compact-understood = Compreendi as regras
compact-ask-question = Tenho uma pergunta
compact-version = Versão { $version }
signature-title = Assine aqui
signature-instructions = Assine com o dedo dentro da caixa.
signature-clear = Limpar
signature-confirm = Confirmar assinatura
signature-witness = Agente: confirme que viu o detido assinar.
signature-witness-button = Testemunhei esta assinatura
signature-saved = Assinatura guardada.
call-title = Videochamada
call-waiting = À espera que o chamador entre…
call-caller-joined = O chamador entrou.
call-check-adult = Verifique que a pessoa chamada é adulta antes de a admitir.
call-admit = Admitir o chamador
call-refuse-not-adult = Não é adulto — não admitir
call-mute = Silenciar
call-unmute = Ativar som
call-camera-off = Desligar câmara
call-camera-on = Ligar câmara
call-end = Terminar chamada
call-time-left = { $minutes ->
    [one] Falta { $minutes } minuto
   *[other] Faltam { $minutes } minutos
}
call-reconnecting = A ligação perdeu-se. A ligar novamente…
call-legal-unsupervised = Chamada jurídica: sem supervisão visual.
end-title = Terminar a chamada
end-choose-reason = Porque está a chamada a ser terminada?
end-reason-recording = Gravar ou publicar a chamada
end-reason-inappropriate-dress = Vestuário inadequado
end-reason-abusive-language = Linguagem ordinária ou ofensiva
end-reason-sexualised-behaviour = Comportamento sexual
end-reason-inappropriate-behaviour = Outro comportamento inadequado
end-reason-offensive-material = Mostrar material ilegal ou ofensivo
end-reason-unlawful-activity = Atividade ilegal
end-reason-security-risk = Risco para a segurança do centro
end-reason-concern-for-recipient = Preocupação com a chamada ou com a segurança do chamador
end-confirm = Terminar a chamada agora
end-referral-note = Um relatório segue para o departamento de segurança.
incident-title = Relatório de incidente
incident-what-happened = O que aconteceu
incident-when = Quando
incident-who-involved = Quem esteve envolvido
incident-submit = Enviar relatório
incident-saved = Relatório guardado. Será enviado quando o tablet estiver online.
suspension-title = Aviso: videochamadas suspensas
suspension-body = { $name }, o seu acesso a videochamadas está suspenso de { $from } até { $until }.
suspension-reasons = Os motivos são: { $reasons }.
suspension-reason-security = pela segurança do centro
suspension-reason-safety = pela segurança de alguém
suspension-reason-breach = violação das regras das videochamadas
suspension-appeal = Pode recorrer desta decisão. O seu recurso será decidido no prazo de { $hours } horas.
suspension-legal-access = Continua a poder contactar o seu consultor jurídico por outros meios.
suspension-review = Esta suspensão será revista em { $date }.
language-title = Língua
language-choose = Escolha uma língua
language-option = { $native } — { $english }
sync-online = Online
sync-offline = Offline — o seu trabalho está guardado neste tablet
sync-pending = { $count ->
    [one] { $count } registo à espera de envio
   *[other] { $count } registos à espera de envio
}
sync-last = Último envio às { $time }
sync-now = Enviar agora
sync-failed = Não foi possível contactar o servidor do centro. O seu trabalho está seguro; será enviado mais tarde.
error-network = Sem rede. O seu trabalho está guardado e será enviado mais tarde.
error-camera = A câmara não funciona. Verifique se outra aplicação a está a usar.
error-microphone = O microfone não funciona. Verifique se não está silenciado.
error-storage = O tablet está quase cheio. Avise um gestor.
error-try-again = Algo correu mal. Tente novamente.
caller-title = Entrar numa videochamada
caller-code = Código de acesso
caller-code-help = Escreva o código que recebeu quando a chamada foi marcada.
caller-join = Entrar
caller-code-wrong = Este código não está correto ou a chamada ainda não começou. Verifique o código e a hora.
caller-camera-preview = A sua câmara
caller-allow-camera = Permita que esta página use a sua câmara e o seu microfone.
caller-adult-notice = O agente verificará que é adulto antes de o deixar entrar.
caller-waiting = À espera que o agente o deixe entrar…
caller-recording-forbidden = Não grave esta chamada de forma alguma.
caller-call-ended = A chamada terminou.
caller-ended-by-officer = O agente terminou a chamada.
caller-leave = Sair da chamada
