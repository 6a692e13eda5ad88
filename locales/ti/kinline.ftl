### Kinline — the tablet app and the caller's page: interface strings
### language: ti (Tigrinya, ትግርኛ)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = ንኣብ ቀይዲ ዘለዉ ሰባት ናይ ቪድዮ ጻውዒት
signin-title = እቶ
signin-staff-number = ቁጽሪ ሰራሕተኛ
signin-pin = ምስጢራዊ ቁጽሪ
signin-button = እቶ
signin-offline-note = ቅድሚ ሕጂ ኣብዚ ታብሌት ኣቲኹም እንተኔርኩም ብዘይ መርበብ ክትኣትዉ ትኽእሉ ኢኹም።
signin-error-unknown = እዚ ቁጽሪ ሰራሕተኛ ኣብዚ ታብሌት ኣይፍለጥን። ኣረጋግጽዎ፣ ወይ ታብሌት ክሕደስ ምስ መርበብ ተራኸቡ።
signin-error-pin = ምስጢራዊ ቁጽሪ ጌጋ እዩ። ደጊምኩም ፈትኑ።
signin-error-locked = ብዙሕ ጌጋ ምስጢራዊ ቁጽሪ። ሕሳብኩም ክኽፈት ንሓላፊ ሕተቱ።
signout-button = ውጻእ
today-title = ናይ ሎሚ ጻውዒታት
today-count = { $count ->
    [one] { $count } ጻውዒት ተሓዚዩ
   *[other] { $count } ጻውዒታት ተሓዚዮም
}
today-empty = ንሎሚ ዝተሓዘ ጻውዒት የለን።
today-row = { $time } — { $name }
call-kind-social = ማሕበራዊ ጻውዒት
call-kind-legal = ሕጋዊ ጻውዒት
today-open-session = ክፍለ-ግዜ ክፈት
today-new-booking = ሓድሽ ምሕዛእ
session-title = ክፍለ-ግዜ እሱር
session-for = ክፍለ-ግዜ ን{ $name }
session-compact-needed = ቅድሚ ዝኾነ ናይ ቪድዮ ጻውዒት እቲ ስምምዕ ክፍረም ኣለዎ።
session-compact-signed = እቲ ስምምዕ ተፈሪሙ
session-suspended = ነዚ ሰብ ናይ ቪድዮ ጻውዒት ተኣጊዱ ኣሎ።
session-start-call = ጻውዒት ጀምር
session-hand-back = ነቲ ታብሌት ናብቲ ሓላፊ ምለስዎ
compact-screen-title = ናይ ቪድዮ ጻውዒታት፡ ሕግታት
compact-choose-language = ነቲ ሕግታት ከተንብብዎን ክትሰምዕዎን እትደልዩዎ ቋንቋ ምረጹ
compact-read-aloud = ብዓውታ ኣንብብ
compact-stop-reading = ምንባብ ኣቋርጽ
compact-reading = ብዓውታ ይንበብ ኣሎ…
compact-no-voice = ኣብዚ ታብሌት ነዚ ቋንቋ ዝኸውን ድምጺ የለን። ነቲ ሕግታት ንምግላጽ ተርጓሚ ተጠቐሙ።
compact-not-offered = እቲ ሕግታት በዚ ቋንቋ የለን። ንምግላጹ ተርጓሚ ተጠቐሙ።
compact-not-reviewed = እዚ ትርጉም ብብቑዕ ተርጓሚ ኣይተመርመረን።
compact-not-reviewed-dco = እዚ ትርጉም ኣይተገምገመን። እቲ እሱር ከም ዝተረድኦ ኣረጋግጹ፣ ከመይ ጌርኩም ከም ዘረጋገጽኩም መዝግቡ።
compact-confirm-how = ምርዳእ ብኸመይ ተረጋጊጹ?
compact-confirm-read = ብጽቡቕ ብዘንብቦ ቋንቋ ኣብ ስክሪን ኣንቢብዎ
compact-confirm-audio = ክሳብ መወዳእታ ብዓውታ ክንበብ ሰሚዕዎ
compact-confirm-interpreter = ተርጓሚ ገሊጽዎ
compact-interpreter-reference = ናይ ተርጓሚ ቁጽሪ ምሕዛእ ወይ መንነት
compact-understood = ነቲ ሕግታት ተረዲአዮ ኣለኹ
compact-ask-question = ሕቶ ኣለኒ
compact-version = ሕታም { $version }
signature-title = ኣብዚ ፈርሙ
signature-instructions = ኣብ ውሽጢ እቲ ሳጹን ብኣጻብዕኹም ፈርሙ።
signature-clear = ደምስስ
signature-confirm = ፌርማ ኣረጋግጽ
signature-witness = ሓላፊ፡ እቲ እሱር ክፍርም ከም ዝረኣኹም ኣረጋግጹ።
signature-witness-button = ነዚ ፌርማ ምስክር እየ
signature-saved = ፌርማ ተዓቂቡ።
call-title = ናይ ቪድዮ ጻውዒት
call-waiting = ደዋሊ ክሳብ ዝጽንበር ይጽበ ኣሎ…
call-caller-joined = ደዋሊ ተጸንቢሩ።
call-check-adult = ቅድሚ ምእታው እቲ ዝተደወለሉ ሰብ ዓቢ ሰብ ምዃኑ ኣረጋግጹ።
call-admit = ደዋሊ ኣእቱ
call-refuse-not-adult = ዓቢ ሰብ ኣይኮነን — ኣይተእትዎ
call-mute = ድምጺ ኣጥፍእ
call-unmute = ድምጺ ኣብርህ
call-camera-off = ካሜራ ኣጥፍእ
call-camera-on = ካሜራ ኣብርህ
call-end = ጻውዒት ኣቋርጽ
call-time-left = { $minutes ->
    [one] { $minutes } ደቒቕ ተሪፉ
   *[other] { $minutes } ደቓይቕ ተሪፎም
}
call-reconnecting = ርክብ ተቋሪጹ። ዳግማይ ይራኸብ ኣሎ…
call-legal-unsupervised = ሕጋዊ ጻውዒት፡ ብዘይ ናይ ምርኣይ ቁጽጽር።
end-title = ጻውዒት ኣቋርጽ
end-choose-reason = እቲ ጻውዒት ስለምንታይ ይቋረጽ ኣሎ?
end-reason-recording = ጻውዒት ምቕራጽ ወይ ምዝርጋሕ
end-reason-inappropriate-dress = ዘይግቡእ ክዳን
end-reason-abusive-language = ርኹስ ወይ ጸርፊ ዘለዎ ዘረባ
end-reason-sexualised-behaviour = ጾታዊ ባህሪ
end-reason-inappropriate-behaviour = ካልእ ዘይግቡእ ባህሪ
end-reason-offensive-material = ዘይሕጋዊ ወይ ዘቖጥዕ ነገር ምርኣይ
end-reason-unlawful-activity = ዘይሕጋዊ ንጥፈት
end-reason-security-risk = ንድሕንነት እቲ ማእከል ሓደጋ
end-reason-concern-for-recipient = ብዛዕባ እቲ ጻውዒት ወይ ድሕንነት ደዋሊ ስግኣት
end-confirm = ሕጂ ጻውዒት ኣቋርጽ
end-referral-note = ጸብጻብ ናብ ክፍሊ ድሕንነት ይለኣኽ።
incident-title = ጸብጻብ ፍጻመ
incident-what-happened = እንታይ ኣጋጢሙ
incident-when = መዓስ
incident-who-involved = መን ተሳቲፉ
incident-submit = ጸብጻብ ስደድ
incident-saved = ጸብጻብ ተዓቂቡ። ታብሌት ምስ መርበብ ምስ ተራኸበ ክለኣኽ እዩ።
suspension-title = ምልክታ፡ ናይ ቪድዮ ጻውዒታት ተኣጊዱ
suspension-body = { $name }፣ ናይ ቪድዮ ጻውዒት ተጠቃምነትኩም ካብ { $from } ክሳብ { $until } ተኣጊዱ ኣሎ።
suspension-reasons = ምኽንያታት፡ { $reasons }።
suspension-reason-security = ንድሕንነት እቲ ማእከል
suspension-reason-safety = ንድሕንነት ሓደ ሰብ
suspension-reason-breach = ሕግታት ናይ ቪድዮ ጻውዒት ምጥሓስ
suspension-appeal = ኣንጻር እዚ ውሳነ ይግባይ ክትብሉ ትኽእሉ ኢኹም። ይግባይኩም ኣብ ውሽጢ { $hours } ሰዓታት ክውሰን እዩ።
suspension-legal-access = ሕጂ'ውን ብኻልእ መገዲ ምስ ሕጋዊ ኣማኻሪኹም ክትራኸቡ ትኽእሉ ኢኹም።
suspension-review = እዚ ምእጋድ ብ{ $date } ክግምገም እዩ።
language-title = ቋንቋ
language-choose = ቋንቋ ምረጹ
language-option = { $native } — { $english }
sync-online = ኣብ መርበብ
sync-offline = ካብ መርበብ ወጻኢ — ስራሕኩም ኣብዚ ታብሌት ተዓቂቡ ኣሎ
sync-pending = { $count ->
    [one] { $count } መዝገብ ክለኣኽ ይጽበ
   *[other] { $count } መዛግብ ክለኣኹ ይጽበዩ
}
sync-last = ናይ መወዳእታ ብ{ $time } ተላኢኹ
sync-now = ሕጂ ስደድ
sync-failed = ናብ ሰርቨር ማእከል ክብጻሕ ኣይተኻእለን። ስራሕኩም ውሑስ እዩ፤ ደሓር ክለኣኽ እዩ።
error-network = መርበብ የለን። ስራሕኩም ተዓቂቡ ደሓር ክለኣኽ እዩ።
error-camera = ካሜራ ኣይሰርሕን። ካልእ ኣፕ ከም ዘይጥቀመሉ ኣረጋግጹ።
error-microphone = ማይክሮፎን ኣይሰርሕን። ድምጹ ከም ዘይጠፍአ ኣረጋግጹ።
error-storage = ታብሌት ክመልእ ቀሪቡ። ንሓላፊ ንገሩ።
error-try-again = ገለ ጌጋ ኣጋጢሙ። ደጊምኩም ፈትኑ።
caller-title = ናብ ናይ ቪድዮ ጻውዒት ተጸንበሩ
caller-code = ናይ ምጽንባር ኮድ
caller-code-help = እቲ ጻውዒት ክሕዘ ከሎ ዝተዋህበኩም ኮድ ጽሓፉ።
caller-join = ተጸንበር
caller-code-wrong = እዚ ኮድ ጌጋ እዩ፣ ወይ እቲ ጻውዒት ገና ኣይጀመረን። ኮድን ሰዓትን ኣረጋግጹ።
caller-camera-preview = ካሜራኹም
caller-allow-camera = እዚ ገጽ ካሜራኹምን ማይክሮፎንኩምን ክጥቀም ፍቐዱሉ።
caller-adult-notice = እቲ ሓላፊ ቅድሚ ምእታውኩም ዓቢ ሰብ ምዃንኩም ከረጋግጽ እዩ።
caller-waiting = ፍቓድ ሓላፊ ይጽበ ኣሎ…
caller-recording-forbidden = ነዚ ጻውዒት ብዝኾነ መገዲ ኣይትቕረጽዎ።
caller-call-ended = ጻውዒት ተወዲኡ።
caller-ended-by-officer = እቲ ሓላፊ ጻውዒት ኣቋሪጹ።
caller-leave = ካብ ጻውዒት ውጻእ
