### Kinline — the tablet app and the caller's page: interface strings
### language: am (Amharic, አማርኛ)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = በእስር ላይ ላሉ ሰዎች የቪዲዮ ጥሪዎች
signin-title = ግባ
signin-staff-number = የሠራተኛ ቁጥር
signin-pin = ሚስጥር ቁጥር
signin-button = ግባ
signin-offline-note = ከዚህ በፊት በዚህ ታብሌት ገብተው ከሆነ ያለ አውታረ መረብ መግባት ይችላሉ።
signin-error-unknown = ይህ የሠራተኛ ቁጥር በዚህ ታብሌት ላይ አይታወቅም። ያረጋግጡት፣ ወይም ታብሌቱ እንዲዘምን ከአውታረ መረብ ጋር ይገናኙ።
signin-error-pin = ሚስጥር ቁጥሩ ትክክል አይደለም። እንደገና ይሞክሩ።
signin-error-locked = በጣም ብዙ የተሳሳቱ ሚስጥር ቁጥሮች። መለያዎን እንዲከፍትልዎ ኃላፊውን ይጠይቁ።
signout-button = ውጣ
today-title = የዛሬ ጥሪዎች
today-count = { $count ->
    [one] { $count } ጥሪ ተይዟል
   *[other] { $count } ጥሪዎች ተይዘዋል
}
today-empty = ለዛሬ የተያዘ ጥሪ የለም።
today-row = { $time } — { $name }
call-kind-social = ማኅበራዊ ጥሪ
call-kind-legal = የሕግ ጥሪ
today-open-session = ክፍለ ጊዜ ክፈት
today-new-booking = አዲስ ቀጠሮ
session-title = የታሳሪ ክፍለ ጊዜ
session-for = የ{ $name } ክፍለ ጊዜ
session-compact-needed = ከማንኛውም የቪዲዮ ጥሪ በፊት ስምምነቱ መፈረም አለበት።
session-compact-signed = ስምምነቱ ተፈርሟል
session-suspended = ለዚህ ሰው የቪዲዮ ጥሪዎች ታግደዋል።
session-start-call = ጥሪ ጀምር
session-hand-back = ታብሌቱን ለኃላፊው ይመልሱ
compact-screen-title = የቪዲዮ ጥሪዎች፡ ደንቦች
compact-choose-language = ደንቦቹን ለማንበብና ለማዳመጥ የሚፈልጉትን ቋንቋ ይምረጡ
compact-read-aloud = ጮክ ብለህ አንብብ
compact-stop-reading = ማንበብ አቁም
compact-reading = ጮክ ተብሎ እየተነበበ ነው…
compact-no-voice = በዚህ ታብሌት ላይ ለዚህ ቋንቋ ድምፅ የለም። ደንቦቹን ለማብራራት አስተርጓሚ ይጠቀሙ።
compact-not-offered = ደንቦቹ በዚህ ቋንቋ አይገኙም። ለማብራራት አስተርጓሚ ይጠቀሙ።
compact-not-reviewed = ይህ ትርጉም ብቁ በሆነ ተርጓሚ አልተረጋገጠም።
compact-not-reviewed-dco = ይህ ትርጉም አልተገመገመም። ታሳሪው እንደተረዳው ያረጋግጡ፣ እንዴት እንደሆነም ይመዝግቡ።
compact-confirm-how = መረዳቱ እንዴት ተረጋገጠ?
compact-confirm-read = በደንብ በሚያነበው ቋንቋ በማያ ገጹ ላይ አንብቦታል
compact-confirm-audio = እስከ መጨረሻ ጮክ ብሎ ሲነበብ አዳምጧል
compact-confirm-interpreter = አስተርጓሚ አብራርቶታል
compact-interpreter-reference = የአስተርጓሚው ቀጠሮ ወይም የመታወቂያ ቁጥር
compact-understood = ደንቦቹን ተረድቻለሁ
compact-ask-question = ጥያቄ አለኝ
compact-version = እትም { $version }
signature-title = እዚህ ይፈርሙ
signature-instructions = በሳጥኑ ውስጥ በጣትዎ ይፈርሙ።
signature-clear = አጥፋ
signature-confirm = ፊርማውን አረጋግጥ
signature-witness = ኃላፊ፡ ታሳሪው ሲፈርም እንዳዩ ያረጋግጡ።
signature-witness-button = የዚህ ፊርማ ምስክር ነኝ
signature-saved = ፊርማው ተቀምጧል።
call-title = የቪዲዮ ጥሪ
call-waiting = ደዋዩ እስኪቀላቀል በመጠበቅ ላይ…
call-caller-joined = ደዋዩ ተቀላቅሏል።
call-check-adult = ከማስገባትዎ በፊት የተጠራው ሰው አዋቂ መሆኑን ያረጋግጡ።
call-admit = ደዋዩን አስገባ
call-refuse-not-adult = አዋቂ አይደለም — አታስገባ
call-mute = ድምፅ አጥፋ
call-unmute = ድምፅ አብራ
call-camera-off = ካሜራ አጥፋ
call-camera-on = ካሜራ አብራ
call-end = ጥሪውን ጨርስ
call-time-left = { $minutes ->
    [one] { $minutes } ደቂቃ ቀርቷል
   *[other] { $minutes } ደቂቃዎች ቀርተዋል
}
call-reconnecting = ግንኙነቱ ተቋርጧል። እንደገና በመገናኘት ላይ…
call-legal-unsupervised = የሕግ ጥሪ፡ ያለ ዕይታ ቁጥጥር።
end-title = ጥሪውን ጨርስ
end-choose-reason = ጥሪው ለምን ይቋረጣል?
end-reason-recording = ጥሪውን መቅዳት ወይም ማሰራጨት
end-reason-inappropriate-dress = ተገቢ ያልሆነ አለባበስ
end-reason-abusive-language = ጸያፍ ወይም ተሳዳቢ ንግግር
end-reason-sexualised-behaviour = ወሲባዊ ባህሪ
end-reason-inappropriate-behaviour = ሌላ ተገቢ ያልሆነ ባህሪ
end-reason-offensive-material = ሕገ ወጥ ወይም አስከፊ ይዘት ማሳየት
end-reason-unlawful-activity = ሕገ ወጥ ተግባር
end-reason-security-risk = ለማዕከሉ ደህንነት አደጋ
end-reason-concern-for-recipient = ስለ ጥሪው ወይም ስለ ደዋዩ ደህንነት ስጋት
end-confirm = ጥሪውን አሁን ጨርስ
end-referral-note = ሪፖርት ወደ ደህንነት ክፍል ይላካል።
incident-title = የክስተት ሪፖርት
incident-what-happened = ምን ተከሰተ
incident-when = መቼ
incident-who-involved = ማን ተሳትፏል
incident-submit = ሪፖርት ላክ
incident-saved = ሪፖርቱ ተቀምጧል። ታብሌቱ መስመር ላይ ሲሆን ይላካል።
suspension-title = ማስታወቂያ፡ የቪዲዮ ጥሪዎች ታግደዋል
suspension-body = { $name }፣ የቪዲዮ ጥሪ የመጠቀም መብትዎ ከ{ $from } እስከ { $until } ታግዷል።
suspension-reasons = ምክንያቶቹ፡ { $reasons }።
suspension-reason-security = ለማዕከሉ ደህንነት
suspension-reason-safety = ለአንድ ሰው ደህንነት
suspension-reason-breach = የቪዲዮ ጥሪ ደንቦችን መጣስ
suspension-appeal = በዚህ ውሳኔ ላይ ይግባኝ ማለት ይችላሉ። ይግባኝዎ በ{ $hours } ሰዓታት ውስጥ ይወሰናል።
suspension-legal-access = አሁንም በሌሎች መንገዶች ከሕግ አማካሪዎ ጋር መገናኘት ይችላሉ።
suspension-review = ይህ እገዳ በ{ $date } ይገመገማል።
language-title = ቋንቋ
language-choose = ቋንቋ ይምረጡ
language-option = { $native } — { $english }
sync-online = መስመር ላይ
sync-offline = ከመስመር ውጭ — ሥራዎ በዚህ ታብሌት ላይ ተቀምጧል
sync-pending = { $count ->
    [one] { $count } መዝገብ ለመላክ ይጠብቃል
   *[other] { $count } መዝገቦች ለመላክ ይጠብቃሉ
}
sync-last = ለመጨረሻ ጊዜ በ{ $time } ተልኳል
sync-now = አሁን ላክ
sync-failed = የማዕከሉን አገልጋይ ማግኘት አልተቻለም። ሥራዎ ደህና ነው፤ በኋላ ይላካል።
error-network = አውታረ መረብ የለም። ሥራዎ ተቀምጧል፣ በኋላም ይላካል።
error-camera = ካሜራው አይሰራም። ሌላ መተግበሪያ እየተጠቀመበት አለመሆኑን ያረጋግጡ።
error-microphone = ማይክሮፎኑ አይሰራም። ድምፁ አለመጥፋቱን ያረጋግጡ።
error-storage = ታብሌቱ ሊሞላ ተቃርቧል። ለኃላፊ ይንገሩ።
error-try-again = የሆነ ችግር ተፈጥሯል። እንደገና ይሞክሩ።
caller-title = የቪዲዮ ጥሪ ይቀላቀሉ
caller-code = የመቀላቀያ ኮድ
caller-code-help = ጥሪው ሲያዝ የተሰጠዎትን ኮድ ይጻፉ።
caller-join = ተቀላቀል
caller-code-wrong = ይህ ኮድ ትክክል አይደለም፣ ወይም ጥሪው ገና አልጀመረም። ኮዱንና ሰዓቱን ያረጋግጡ።
caller-camera-preview = የእርስዎ ካሜራ
caller-allow-camera = ይህ ገጽ ካሜራዎንና ማይክሮፎንዎን እንዲጠቀም ይፍቀዱ።
caller-adult-notice = ኃላፊው ከማስገባትዎ በፊት አዋቂ መሆንዎን ያረጋግጣል።
caller-waiting = የኃላፊውን ፈቃድ በመጠበቅ ላይ…
caller-recording-forbidden = ይህን ጥሪ በምንም መንገድ አይቅዱ።
caller-call-ended = ጥሪው አብቅቷል።
caller-ended-by-officer = ኃላፊው ጥሪውን አቋርጧል።
caller-leave = ከጥሪው ውጣ
