### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: so (Somali, Soomaali)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Wicitaan fiidiyow
join-legal = Kani waa wicitaan sharci ah: shaqaaluhu ma daawadaan.
join-starting = Kamaradaada ayaa la shidayaa…
join-no-camera = Kamaradaada ama makarafoonkaaga lama shidi karin. Oggolow oo dib u soo rar boggan.
join-waiting = Fadlan sug: sarkaal ayaa dhawaan ku hubin doona oo ku soo gelin doona.
join-connecting = Waa la xidhiidhinayaa…
join-in-call = Waad ku xidhan tahay.
join-warning = Wicitaanku wuxuu dhammaanayaa hal daqiiqo kadib.
join-reconnecting = Xidhiidhkii waa go'ay. Dib ayaa loo xidhiidhinayaa…
join-no-route = Xidhiidh lagama samayn karin browser-kan. Hubi xidhiidhkaaga internetka, kadibna dib u soo rar boggan.
join-peer-left = Dhinaca kale xidhiidhkiisii waa go'ay. Waa la sugayaa…
join-ended-completed = Wicitaanku wuu dhammaaday.
join-ended-slot-ended = Wicitaanku wuu dhammaaday: waqtigii waa dhammaaday.
join-ended-terminated = Sarkaalku wuu joojiyay wicitaanka.
join-ended-technical-failure = Wicitaanku wuu dhammaaday sababtoo ah xidhiidhku wuu fashilmay. Mar kale ayaa lagu ballansan karaa lacag la'aan.
join-ended-not-admitted = Wicitaanku ma dhicin.
join-unknown = Linkigani ma shaqaynayo ama wicitaanku wuu dhammaaday.
join-in-use = Qof ayaa horay ugu jira wicitaankan isagoo isticmaalaya linkigan. Hal qof oo keliya ayaa ku biiri kara; haddii uu ahaa adiga, xir daaqadda kale.
join-hang-up = Dhig
join-no-record = Ha duubin wicitaankan. Xaruntu waxay haysaa oo keliya taariikhda, waqtiga iyo mudada.
join-language = Luqadda
refused-unknown = Linkigani ma shaqaynayo. Hubi linkiga laguu soo diray.
refused-cancelled = Wicitaankan waa la baajiyay.
refused-over = Wicitaankan horay ayuu u dhacay.
refused-past = Waqtigii wicitaankan waa dhaafay.
