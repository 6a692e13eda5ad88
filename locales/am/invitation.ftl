### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: am (Amharic, አማርኛ)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = የቪዲዮ ጥሪ ተይዟል፦ { $when }
msg-subject-reminder = ማስታወሻ፦ የቪዲዮ ጥሪ በ{ $when }
msg-subject-cancellation = የቪዲዮ ጥሪው ተሰርዟል፦ { $when }
msg-subject-displacement = የቪዲዮ ጥሪው ሊካሄድ አይችልም፦ { $when }
msg-invitation-intro = በስደተኞች ማስወጫ ማዕከል ከተያዘ ሰው ጋር ለቪዲዮ ጥሪ ተጋብዘዋል።
msg-reminder-intro = በስደተኞች ማስወጫ ማዕከል ከተያዘ ሰው ጋር ያለዎት የቪዲዮ ጥሪ በቅርቡ ይጀምራል።
msg-when = ቀንና ሰዓት (የዩናይትድ ኪንግደም ሰዓት)፦ ከ{ $when } እስከ { $end }።
msg-kind-social = ይህ ማኅበራዊ ጥሪ ነው።
msg-kind-legal = ይህ የሕግ ጥሪ ነው።
msg-link = በማንኛውም የድር አሳሽ በዚህ አገናኝ ይቀላቀሉ፦
msg-code = የጥሪዎ ኮድ፦ { $code }
msg-camera = አሳሽዎ ካሜራዎንና ማይክሮፎንዎን ለመጠቀም ፈቃድ ይጠይቃል፦ እባክዎ ሁለቱንም ይፍቀዱ።
msg-adult = ጥሪው ከመጀመሩ በፊት አንድ መኮንን አንድ አዋቂ ሰው መኖሩን ያረጋግጣል።
msg-legal-private = የሕግ ጥሪ የግል ነው፦ ሠራተኞች አይመለከቱትም አያዳምጡትም።
msg-social-supervised = ሠራተኞች ማኅበራዊ ጥሪን ሊቆጣጠሩ ይችላሉ፤ ግላዊነትዎ በተቻለ መጠን ይከበራል።
msg-no-record = ጥሪውን አይቅዱ።
msg-cancelled = ለ{ $when } የተያዘው የቪዲዮ ጥሪ ተሰርዟል። አገናኙ ከእንግዲህ አይሠራም።
msg-displaced = ለ{ $when } የተያዘው የቪዲዮ ጥሪ ሊካሄድ አይችልም፦ አንድ የሕግ ጥሪ ቦታውን ይፈልጋል።
msg-next-free = የሚቀጥለው ነፃ ጊዜ { $next } ነው። ሊደውሉለት የነበረው ሰው ከአንድ መኮንን ጋር ሊይዘው ይችላል።
msg-no-free = ሊደውሉለት የነበረው ሰው ከአንድ መኮንን ጋር ሌላ ጊዜ ሊይዝ ይችላል።
msg-footer = ይህ መልእክት በማዕከሉ የቪዲዮ ጥሪ አገልግሎት በራስ-ሰር ተልኳል። እባክዎ አይመልሱ።
