### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: ro (Romanian, Română)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Apel video
join-legal = Acesta este un apel juridic: personalul nu îl supraveghează.
join-starting = Se pornește camera…
join-no-camera = Camera sau microfonul nu au putut fi pornite. Permiteți-le accesul și reîncărcați pagina.
join-waiting = Vă rugăm să așteptați: un ofițer vă va verifica și vă va primi în curând.
join-connecting = Se conectează…
join-in-call = Sunteți conectat.
join-warning = Apelul se încheie peste un minut.
join-reconnecting = Conexiunea s-a pierdut. Se reconectează…
join-no-route = Nu s-a putut stabili nicio conexiune din acest browser. Verificați conexiunea la internet, apoi reîncărcați pagina.
join-peer-left = Cealaltă parte a pierdut conexiunea. Se așteaptă…
join-ended-completed = Apelul s-a încheiat.
join-ended-slot-ended = Apelul s-a încheiat: timpul a expirat.
join-ended-terminated = Ofițerul a încheiat apelul.
join-ended-technical-failure = Apelul s-a încheiat deoarece conexiunea a eșuat. Poate fi programat din nou fără costuri.
join-ended-not-admitted = Apelul nu a avut loc.
join-unknown = Acest link nu este valid sau apelul s-a încheiat.
join-in-use = Cineva este deja în acest apel cu acest link. Se poate alătura o singură persoană; dacă ați fost dumneavoastră, închideți cealaltă fereastră.
join-hang-up = Închide
join-no-record = Nu înregistrați acest apel. Centrul păstrează doar data, ora și durata lui.
join-language = Limbă
refused-unknown = Acest link nu este valid. Verificați linkul primit.
refused-cancelled = Acest apel a fost anulat.
refused-over = Acest apel a avut deja loc.
refused-past = Ora acestui apel a trecut.
