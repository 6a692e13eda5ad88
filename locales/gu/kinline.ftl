### Kinline — the tablet app and the caller's page: interface strings
### language: gu (Gujarati, ગુજરાતી)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = અટકાયતમાં રહેલા લોકો માટે વીડિયો કૉલ
signin-title = સાઇન ઇન
signin-staff-number = સ્ટાફ નંબર
signin-pin = પિન
signin-button = સાઇન ઇન કરો
signin-offline-note = જો તમે પહેલાં આ ટેબ્લેટ પર સાઇન ઇન કર્યું હોય તો નેટવર્ક વિના સાઇન ઇન કરી શકો છો.
signin-error-unknown = આ સ્ટાફ નંબર આ ટેબ્લેટ પર જાણીતો નથી. તેને તપાસો, અથવા નેટવર્ક સાથે જોડાઓ જેથી ટેબ્લેટ અપડેટ થાય.
signin-error-pin = પિન સાચો નથી. ફરી પ્રયાસ કરો.
signin-error-locked = ઘણા ખોટા પિન. તમારું ખાતું ખોલવા માટે મેનેજરને કહો.
signout-button = સાઇન આઉટ
today-title = આજના કૉલ
today-count = { $count ->
    [one] { $count } કૉલ બુક છે
   *[other] { $count } કૉલ બુક છે
}
today-empty = આજ માટે કોઈ કૉલ બુક નથી.
today-row = { $time } — { $name }
call-kind-social = સામાજિક કૉલ
call-kind-legal = કાનૂની કૉલ
today-open-session = સત્ર ખોલો
today-new-booking = નવું બુકિંગ
session-title = અટકાયતીનું સત્ર
session-for = { $name } માટે સત્ર
session-compact-needed = કોઈપણ વીડિયો કૉલ પહેલાં કરાર પર સહી કરવી જરૂરી છે.
session-compact-signed = કરાર પર સહી થઈ ગઈ
session-suspended = આ વ્યક્તિ માટે વીડિયો કૉલ સ્થગિત છે.
session-start-call = કૉલ શરૂ કરો
session-hand-back = ટેબ્લેટ અધિકારીને પાછું આપો
compact-screen-title = વીડિયો કૉલ: નિયમો
compact-choose-language = જે ભાષામાં તમે નિયમો વાંચવા અને સાંભળવા માંગો છો તે પસંદ કરો
compact-read-aloud = મોટેથી વાંચો
compact-stop-reading = વાંચવાનું બંધ કરો
compact-reading = મોટેથી વંચાઈ રહ્યું છે…
compact-no-voice = આ ટેબ્લેટ પર આ ભાષા માટે કોઈ અવાજ નથી. નિયમો સમજાવવા દુભાષિયાની મદદ લો.
compact-not-offered = નિયમો આ ભાષામાં ઉપલબ્ધ નથી. તેમને સમજાવવા દુભાષિયાની મદદ લો.
compact-not-reviewed = આ અનુવાદ કોઈ લાયક અનુવાદકે તપાસ્યો નથી.
compact-not-reviewed-dco = આ અનુવાદની સમીક્ષા થઈ નથી. અટકાયતી તેને સમજ્યા છે તેની ખાતરી કરો, અને કેવી રીતે તે નોંધો.
compact-confirm-how = સમજની ખાતરી કેવી રીતે થઈ?
compact-confirm-read = તેમણે તે સ્ક્રીન પર એવી ભાષામાં વાંચ્યું જે તેઓ સારી રીતે વાંચે છે
compact-confirm-audio = તેમણે તે અંત સુધી મોટેથી વંચાતું સાંભળ્યું
compact-confirm-interpreter = દુભાષિયાએ તે સમજાવ્યું
compact-interpreter-reference = દુભાષિયાનું બુકિંગ અથવા બેજ સંદર્ભ
compact-understood = હું નિયમો સમજી ગયો/ગઈ છું
compact-ask-question = મારે એક પ્રશ્ન છે
compact-version = આવૃત્તિ { $version }
signature-title = અહીં સહી કરો
signature-instructions = ખાનાની અંદર આંગળીથી સહી કરો.
signature-clear = ભૂંસો
signature-confirm = સહીની પુષ્ટિ કરો
signature-witness = અધિકારી: પુષ્ટિ કરો કે તમે અટકાયતીને સહી કરતા જોયા.
signature-witness-button = હું આ સહીનો સાક્ષી છું
signature-saved = સહી સાચવવામાં આવી.
call-title = વીડિયો કૉલ
call-waiting = કૉલ કરનાર જોડાય તેની રાહ…
call-caller-joined = કૉલ કરનાર જોડાયા.
call-check-adult = અંદર આવવા દેતા પહેલાં તપાસો કે જેને કૉલ કર્યો છે તે પુખ્ત છે.
call-admit = કૉલ કરનારને અંદર આવવા દો
call-refuse-not-adult = પુખ્ત નથી — અંદર આવવા ન દો
call-mute = અવાજ બંધ
call-unmute = અવાજ ચાલુ
call-camera-off = કૅમેરા બંધ
call-camera-on = કૅમેરા ચાલુ
call-end = કૉલ સમાપ્ત કરો
call-time-left = { $minutes ->
    [one] { $minutes } મિનિટ બાકી
   *[other] { $minutes } મિનિટ બાકી
}
call-reconnecting = જોડાણ તૂટી ગયું. ફરી જોડાઈ રહ્યું છે…
call-legal-unsupervised = કાનૂની કૉલ: દૃશ્ય દેખરેખ વિના.
end-title = કૉલ સમાપ્ત કરો
end-choose-reason = કૉલ શા માટે સમાપ્ત થઈ રહ્યો છે?
end-reason-recording = કૉલ રેકોર્ડ કરવો અથવા પ્રકાશિત કરવો
end-reason-inappropriate-dress = અયોગ્ય કપડાં
end-reason-abusive-language = અશ્લીલ અથવા અપમાનજનક ભાષા
end-reason-sexualised-behaviour = જાતીય વર્તન
end-reason-inappropriate-behaviour = અન્ય અયોગ્ય વર્તન
end-reason-offensive-material = ગેરકાયદેસર અથવા વાંધાજનક સામગ્રી બતાવવી
end-reason-unlawful-activity = ગેરકાયદેસર પ્રવૃત્તિ
end-reason-security-risk = કેન્દ્રની સુરક્ષા માટે જોખમ
end-reason-concern-for-recipient = કૉલ અથવા કૉલ કરનારની સલામતી અંગે ચિંતા
end-confirm = હમણાં કૉલ સમાપ્ત કરો
end-referral-note = એક અહેવાલ સુરક્ષા વિભાગને જાય છે.
incident-title = ઘટના અહેવાલ
incident-what-happened = શું થયું
incident-when = ક્યારે
incident-who-involved = કોણ સામેલ હતું
incident-submit = અહેવાલ મોકલો
incident-saved = અહેવાલ સાચવવામાં આવ્યો. ટેબ્લેટ ઑનલાઇન થાય ત્યારે મોકલાશે.
suspension-title = સૂચના: વીડિયો કૉલ સ્થગિત
suspension-body = { $name }, વીડિયો કૉલની તમારી પહોંચ { $from } થી { $until } સુધી સ્થગિત છે.
suspension-reasons = કારણો આ છે: { $reasons }.
suspension-reason-security = કેન્દ્રની સુરક્ષા માટે
suspension-reason-safety = કોઈની સલામતી માટે
suspension-reason-breach = વીડિયો કૉલના નિયમોનો ભંગ
suspension-appeal = તમે આ નિર્ણય સામે અપીલ કરી શકો છો. તમારી અપીલનો નિર્ણય { $hours } કલાકમાં થશે.
suspension-legal-access = તમે હજુ પણ અન્ય રીતે તમારા કાનૂની સલાહકારનો સંપર્ક કરી શકો છો.
suspension-review = આ સ્થગિતતાની સમીક્ષા { $date } ના રોજ થશે.
language-title = ભાષા
language-choose = ભાષા પસંદ કરો
language-option = { $native } — { $english }
sync-online = ઑનલાઇન
sync-offline = ઑફલાઇન — તમારું કામ આ ટેબ્લેટ પર સચવાયેલું છે
sync-pending = { $count ->
    [one] { $count } રેકોર્ડ મોકલવાની રાહમાં
   *[other] { $count } રેકોર્ડ મોકલવાની રાહમાં
}
sync-last = છેલ્લે { $time } વાગ્યે મોકલ્યું
sync-now = હમણાં મોકલો
sync-failed = કેન્દ્રના સર્વર સુધી પહોંચી શકાયું નહીં. તમારું કામ સુરક્ષિત છે; પછીથી મોકલાશે.
error-network = નેટવર્ક નથી. તમારું કામ સચવાયેલું છે અને પછીથી મોકલાશે.
error-camera = કૅમેરા કામ કરતો નથી. તપાસો કે બીજી કોઈ ઍપ તેનો ઉપયોગ નથી કરતી.
error-microphone = માઇક્રોફોન કામ કરતો નથી. તપાસો કે તે મ્યૂટ નથી.
error-storage = ટેબ્લેટ લગભગ ભરાઈ ગયું છે. મેનેજરને જણાવો.
error-try-again = કંઈક ખોટું થયું. ફરી પ્રયાસ કરો.
caller-title = વીડિયો કૉલમાં જોડાઓ
caller-code = જોડાવાનો કોડ
caller-code-help = કૉલ બુક થયો ત્યારે તમને આપેલો કોડ લખો.
caller-join = જોડાઓ
caller-code-wrong = આ કોડ સાચો નથી, અથવા કૉલ હજુ શરૂ થયો નથી. કોડ અને સમય તપાસો.
caller-camera-preview = તમારો કૅમેરા
caller-allow-camera = આ પેજને તમારો કૅમેરા અને માઇક્રોફોન વાપરવાની મંજૂરી આપો.
caller-adult-notice = અધિકારી તમને અંદર આવવા દેતા પહેલાં તપાસશે કે તમે પુખ્ત છો.
caller-waiting = અધિકારીની મંજૂરીની રાહ…
caller-recording-forbidden = આ કૉલને કોઈપણ રીતે રેકોર્ડ ન કરો.
caller-call-ended = કૉલ સમાપ્ત થયો છે.
caller-ended-by-officer = અધિકારીએ કૉલ સમાપ્ત કર્યો.
caller-leave = કૉલ છોડો
