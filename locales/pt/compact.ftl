### Kinline — DSO 01/2020 Annex A: video calls compact
### language: pt (Portuguese, Português)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Videochamadas: acordo de uso
compact-intro = Antes de poder usar as videochamadas, você precisa entender as regras abaixo e assinar para confirmar que concorda com elas.

## Rules

rule-no-recording-log = Não é feita nenhuma gravação de imagem ou de som da videochamada, e só anotamos a data, a hora e a duração da sua chamada.
rule-privacy-supervision = A sua privacidade será respeitada o máximo possível durante a chamada, mas os funcionários podem observar as videochamadas para supervisioná-las.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = As sessões são oferecidas em horários de { $minutes } minutos.
rule-dress = As pessoas detidas e as pessoas com quem elas falam na videochamada devem estar vestidas de forma adequada, por exemplo, não de roupa de banho nem de roupa íntima.
rule-terminate-breach = Os funcionários que supervisionam têm o direito de encerrar a videochamada se as regras de uso forem desrespeitadas ou se a segurança do centro for colocada em risco.
rule-body-cameras = Os funcionários que supervisionam podem usar câmeras corporais para gravar qualquer desrespeito às regras de uso, seja da pessoa detida ou da pessoa do outro lado da videochamada.
rule-police-referral = Qualquer prova de que um crime aconteceu será entregue à polícia.
rule-no-recording-publish = É proibido gravar as videochamadas de qualquer forma, com som ou imagem, ou publicá-las, o que inclui colocá-las em um site como o YouTube; se houver prova de gravação, a chamada será encerrada e a prova será entregue à polícia.
rule-terminate-behaviour = Uma videochamada será encerrada se houver linguagem grosseira ou ofensiva, comportamento sexual ou qualquer comportamento que os funcionários que supervisionam considerem inadequado.
rule-breach-ban = Desrespeitar as regras de uso pode levar à proibição de marcar videochamadas no futuro.

## Code of conduct

conduct-must-heading = Você deve:
must-respect = prestar atenção aos outros usuários e respeitá-los.
must-report-concerns = contar a um funcionário qualquer preocupação que tiver sobre a chamada.
must-cooperate = colaborar com a pessoa que supervisiona o tempo todo e seguir todas as instruções dadas.
must-report-breach = informar sem demora à empresa que administra o centro qualquer desrespeito a estas regras, feito por você ou por outras pessoas.
conduct-must-not-heading = Você não deve:
must-not-unlawful = usar o serviço de videochamadas para fazer qualquer coisa ilegal.
must-not-settings = fazer ou mudar qualquer configuração no equipamento.
must-not-offensive = compartilhar a sua tela nem mostrar qualquer material ilegal ou que possa ofender outras pessoas, incluindo material pornográfico, racista ou homofóbico.
must-not-record = gravar a chamada; qualquer prova de que outra pessoa está gravando uma videochamada fará com que a chamada seja encerrada.

## Agreement

agreement-heading = Acordo
agreement-read = Li e entendo estas regras sobre o uso das videochamadas e concordo em cumprir os seus termos e condições.
agreement-suspension = Entendo que qualquer desrespeito a estas regras pode fazer com que o meu acesso ao serviço de videochamadas seja suspenso.
agreement-police = Também entendo que qualquer tentativa de realizar uma atividade ilegal será comunicada à polícia e pode levar a um processo criminal.
