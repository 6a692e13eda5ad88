### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: gu (Gujarati, ગુજરાતી)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = વિડિયો કૉલ
join-legal = આ કાનૂની કૉલ છે: સ્ટાફ તેને જોતો નથી.
join-starting = તમારો કૅમેરા ચાલુ થઈ રહ્યો છે…
join-no-camera = તમારો કૅમેરા અથવા માઇક્રોફોન ચાલુ થઈ શક્યો નહીં. પરવાનગી આપો અને આ પેજ ફરીથી લોડ કરો.
join-waiting = કૃપા કરીને રાહ જુઓ: એક અધિકારી ટૂંક સમયમાં તમારી તપાસ કરીને તમને અંદર આવવા દેશે.
join-connecting = કનેક્ટ થઈ રહ્યું છે…
join-in-call = તમે જોડાઈ ગયા છો.
join-warning = કૉલ એક મિનિટમાં પૂરો થશે.
join-reconnecting = કનેક્શન તૂટી ગયું. ફરીથી જોડાઈ રહ્યું છે…
join-no-route = આ બ્રાઉઝરથી કોઈ કનેક્શન બની શક્યું નહીં. તમારું ઇન્ટરનેટ કનેક્શન તપાસો, પછી આ પેજ ફરીથી લોડ કરો.
join-peer-left = બીજી બાજુનું કનેક્શન તૂટી ગયું. રાહ જોવાઈ રહી છે…
join-ended-completed = કૉલ પૂરો થયો છે.
join-ended-slot-ended = કૉલ પૂરો થયો છે: સમય પૂરો થઈ ગયો.
join-ended-terminated = અધિકારીએ કૉલ પૂરો કર્યો છે.
join-ended-technical-failure = કનેક્શન નિષ્ફળ જવાથી કૉલ પૂરો થયો. તેને કોઈ ખર્ચ વગર ફરીથી બુક કરી શકાય છે.
join-ended-not-admitted = કૉલ થઈ શક્યો નહીં.
join-unknown = આ લિંક માન્ય નથી અથવા કૉલ પૂરો થઈ ગયો છે.
join-in-use = આ લિંકથી કોઈ પહેલેથી આ કૉલમાં છે. ફક્ત એક જ વ્યક્તિ જોડાઈ શકે છે; જો તે તમે હતા, તો બીજી વિન્ડો બંધ કરો.
join-hang-up = કૉલ બંધ કરો
join-no-record = આ કૉલ રેકોર્ડ કરશો નહીં. કેન્દ્ર ફક્ત તેની તારીખ, સમય અને અવધિ રાખે છે.
join-language = ભાષા
refused-unknown = આ લિંક માન્ય નથી. તમને મોકલેલી લિંક તપાસો.
refused-cancelled = આ કૉલ રદ કરવામાં આવ્યો હતો.
refused-over = આ કૉલ પહેલેથી થઈ ગયો છે.
refused-past = આ કૉલનો સમય વીતી ગયો છે.
