### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: kmr (Kurdish (Kurmanji), Kurmancî)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Banga vîdyoyî
join-legal = Ev bangeke hiqûqî ye: karmend lê temaşe nakin.
join-starting = Kameraya te tê vekirin…
join-no-camera = Kamera an mîkrofona te venebû. Destûrê bide û vê rûpelê ji nû ve bar bike.
join-waiting = Ji kerema xwe bisekine: karmendek dê di demeke nêz de te kontrol bike û bihêle tu têkevî.
join-connecting = Tê girêdan…
join-in-call = Tu girêdayî yî.
join-warning = Bang di nav deqeyekê de diqede.
join-reconnecting = Girêdan qut bû. Ji nû ve tê girêdan…
join-no-route = Ji vê gerokê tu girêdan nehat çêkirin. Girêdana xwe ya înternetê kontrol bike, paşê vê rûpelê ji nû ve bar bike.
join-peer-left = Girêdana aliyê din qut bû. Li bendê…
join-ended-completed = Bang qediya.
join-ended-slot-ended = Bang qediya: dem qediya.
join-ended-terminated = Karmend bang bi dawî kir.
join-ended-technical-failure = Bang qediya ji ber ku girêdan têk çû. Dikare bê pere dîsa were rezervkirin.
join-ended-not-admitted = Bang pêk nehat.
join-unknown = Ev lînk ne derbasdar e an jî bang qediyaye.
join-in-use = Kesek berê bi vê lînkê di vê bangê de ye. Tenê kesek dikare tev bibe; eger ew tu bûyî, pencereya din bigire.
join-hang-up = Bangê bigire
join-no-record = Vê bangê tomar neke. Navend tenê dîrok, dem û dirêjahiya wê diparêze.
join-language = Ziman
refused-unknown = Ev lînk ne derbasdar e. Lînka ku ji te re hatiye şandin kontrol bike.
refused-cancelled = Ev bang hate betalkirin.
refused-over = Ev bang berê pêk hatiye.
refused-past = Dema vê bangê derbas bûye.
