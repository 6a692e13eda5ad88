### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: ps (Pashto, پښتو)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = ویډیو کال
join-legal = دا یو حقوقي کال دی: کارکوونکي یې نه ګوري.
join-starting = ستاسو کمره پیلیږي…
join-no-camera = ستاسو کمره یا مایکروفون پیل نه شو. اجازه ورکړئ او دا پاڼه بیا پورته کړئ.
join-waiting = مهرباني وکړئ انتظار وکړئ: یو افسر به ژر تاسو وګوري او دننه به مو پرېږدي.
join-connecting = نښلول کیږي…
join-in-call = تاسو وصل یاست.
join-warning = کال په یوه دقیقه کې پای ته رسیږي.
join-reconnecting = اړیکه پرې شوه. بیا نښلول کیږي…
join-no-route = له دې براوزر څخه هېڅ اړیکه جوړه نه شوه. خپله انټرنېټي اړیکه وګورئ، بیا دا پاڼه بیا پورته کړئ.
join-peer-left = د بل لوري اړیکه پرې شوه. انتظار کیږي…
join-ended-completed = کال پای ته ورسید.
join-ended-slot-ended = کال پای ته ورسید: وخت یې پوره شو.
join-ended-terminated = افسر کال پای ته ورساوه.
join-ended-technical-failure = کال د اړیکې د ناکامۍ له امله پای ته ورسید. بیا یې وړیا بک کولی شئ.
join-ended-not-admitted = کال ونه شو.
join-unknown = دا لینک سم نه دی یا کال پای ته رسیدلی دی.
join-in-use = یو څوک له مخکې د دې لینک سره په دې کال کې دی. یوازې یو کس ګډون کولی شي؛ که هغه تاسو وئ، بله کړکۍ وتړئ.
join-hang-up = کال بند کړئ
join-no-record = دا کال مه ثبتوئ. مرکز یوازې د هغې نېټه، وخت او موده ساتي.
join-language = ژبه
refused-unknown = دا لینک سم نه دی. هغه لینک وګورئ چې تاسو ته لیږل شوی.
refused-cancelled = دا کال لغوه شو.
refused-over = دا کال مخکې شوی دی.
refused-past = د دې کال وخت تیر شوی دی.
