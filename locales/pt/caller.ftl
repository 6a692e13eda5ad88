### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: pt (Portuguese, Português)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Videochamada
join-legal = Esta é uma chamada jurídica: os funcionários não a acompanham.
join-starting = A iniciar a sua câmara…
join-no-camera = Não foi possível iniciar a câmara ou o microfone. Autorize-os e recarregue esta página.
join-waiting = Aguarde, por favor: um agente vai verificar e deixá-lo entrar em breve.
join-connecting = A ligar…
join-in-call = Está ligado.
join-warning = A chamada termina dentro de um minuto.
join-reconnecting = A ligação perdeu-se. A voltar a ligar…
join-no-route = Não foi possível estabelecer uma ligação a partir deste navegador. Verifique a sua ligação à internet e recarregue esta página.
join-peer-left = O outro lado perdeu a ligação. A aguardar…
join-ended-completed = A chamada terminou.
join-ended-slot-ended = A chamada terminou: o tempo acabou.
join-ended-terminated = O agente terminou a chamada.
join-ended-technical-failure = A chamada terminou porque a ligação falhou. Pode ser marcada de novo sem custos.
join-ended-not-admitted = A chamada não se realizou.
join-unknown = Este link não é válido ou a chamada já terminou.
join-in-use = Já está alguém nesta chamada com este link. Só uma pessoa pode entrar; se foi você, feche a outra janela.
join-hang-up = Desligar
join-no-record = Não grave esta chamada. O centro guarda apenas a data, a hora e a duração.
join-language = Idioma
refused-unknown = Este link não é válido. Verifique o link que recebeu.
refused-cancelled = Esta chamada foi cancelada.
refused-over = Esta chamada já se realizou.
refused-past = A hora desta chamada já passou.
