### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: am (Amharic, አማርኛ)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = የቪዲዮ ጥሪ
join-legal = ይህ የሕግ ጥሪ ነው፤ ሠራተኞች አይመለከቱትም።
join-starting = ካሜራዎ እየተከፈተ ነው…
join-no-camera = ካሜራዎ ወይም ማይክሮፎንዎ ሊከፈት አልቻለም። ፈቃድ ይስጡ እና ይህን ገጽ እንደገና ይጫኑ።
join-waiting = እባክዎ ይጠብቁ፤ አንድ ኃላፊ በቅርቡ አረጋግጦ እንዲገቡ ይፈቅድልዎታል።
join-connecting = በመገናኘት ላይ…
join-in-call = ተገናኝተዋል።
join-warning = ጥሪው በአንድ ደቂቃ ውስጥ ያበቃል።
join-reconnecting = ግንኙነቱ ተቋርጧል። እንደገና በመገናኘት ላይ…
join-no-route = ከዚህ አሳሽ ግንኙነት መፍጠር አልተቻለም። የኢንተርኔት ግንኙነትዎን ያረጋግጡ፣ ከዚያ ይህን ገጽ እንደገና ይጫኑ።
join-peer-left = የሌላኛው ወገን ግንኙነት ተቋርጧል። በመጠበቅ ላይ…
join-ended-completed = ጥሪው አብቅቷል።
join-ended-slot-ended = ጥሪው አብቅቷል፤ ጊዜው አልቋል።
join-ended-terminated = ኃላፊው ጥሪውን አቋርጧል።
join-ended-technical-failure = ግንኙነቱ ስለተበላሸ ጥሪው አብቅቷል። ያለ ምንም ክፍያ እንደገና ሊያዝ ይችላል።
join-ended-not-admitted = ጥሪው አልተካሄደም።
join-unknown = ይህ ሊንክ ትክክል አይደለም ወይም ጥሪው አብቅቷል።
join-in-use = አንድ ሰው በዚህ ሊንክ አስቀድሞ በጥሪው ውስጥ አለ። መቀላቀል የሚችለው አንድ ሰው ብቻ ነው፤ እርስዎ ከሆኑ ሌላውን መስኮት ይዝጉ።
join-hang-up = ጥሪውን ዝጋ
join-no-record = ይህን ጥሪ አይቅረጹ። ማዕከሉ የሚይዘው ቀኑን፣ ሰዓቱንና ርዝመቱን ብቻ ነው።
join-language = ቋንቋ
refused-unknown = ይህ ሊንክ ትክክል አይደለም። የተላከልዎትን ሊንክ ያረጋግጡ።
refused-cancelled = ይህ ጥሪ ተሰርዟል።
refused-over = ይህ ጥሪ ቀድሞ ተካሂዷል።
refused-past = የዚህ ጥሪ ጊዜ አልፏል።
