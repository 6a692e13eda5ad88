### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: ti (Tigrinya, ትግርኛ)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = ቪድዮ ጻውዒት ተሓዚሉ፡ { $when }
msg-subject-reminder = መዘኻኸሪ፡ ቪድዮ ጻውዒት ኣብ { $when }
msg-subject-cancellation = ቪድዮ ጻውዒት ተሰሪዙ፡ { $when }
msg-subject-displacement = ቪድዮ ጻውዒት ክካየድ ኣይክእልን፡ { $when }
msg-invitation-intro = ምስ ኣብ ማእከል ምስጓግ ስደተኛታት ተታሒዙ ዘሎ ሰብ ቪድዮ ጻውዒት ክትገብሩ ተዓዲምኩም ኣለኹም።
msg-reminder-intro = ምስ ኣብ ማእከል ምስጓግ ስደተኛታት ተታሒዙ ዘሎ ሰብ ዘለኩም ቪድዮ ጻውዒት ቀልጢፉ ክጅምር እዩ።
msg-when = ዕለትን ሰዓትን (ሰዓት ዓባይ ብሪጣንያ)፡ ካብ { $when } ክሳብ { $end }።
msg-kind-social = እዚ ማሕበራዊ ጻውዒት እዩ።
msg-kind-legal = እዚ ሕጋዊ ጻውዒት እዩ።
msg-link = ብዝኾነ መርበብ ሓበሬታ መረባሒ ብዚ መላግቦ ተጸንበሩ፡
msg-code = ኮድ ጻውዒትኩም፡ { $code }
msg-camera = መረባሒኹም ካሜራኹምን ማይክሮፎንኩምን ንምጥቃም ፍቓድ ክሓትት እዩ፡ በጃኹም ንኽልቲኡ ፍቐዱ።
msg-adult = ጻውዒት ቅድሚ ምጅማሩ፡ ሓደ ሓላፊ ሓደ ዓቢ ሰብ ከም ዘሎ የረጋግጽ።
msg-legal-private = ሕጋዊ ጻውዒት ብሕታዊ እዩ፡ ሰራሕተኛታት ኣይርእይዎን ኣይሰምዕዎን።
msg-social-supervised = ሰራሕተኛታት ንማሕበራዊ ጻውዒት ክቆጻጸርዎ ይኽእሉ እዮም፡ ብሕትውናኹም ክሳብ ዝከኣል ይኽበር።
msg-no-record = ነቲ ጻውዒት ኣይትቕረጽዎ።
msg-cancelled = ንኣብ { $when } ዝተሓዝአ ቪድዮ ጻውዒት ተሰሪዙ ኣሎ። እቲ መላግቦ ድሕሪ ሕጂ ኣይሰርሕን።
msg-displaced = ንኣብ { $when } ዝተሓዝአ ቪድዮ ጻውዒት ክካየድ ኣይክእልን፡ ሓደ ሕጋዊ ጻውዒት ነቲ ቦታ የድልዮ።
msg-next-free = ዝቕጽል ነጻ ግዜ { $next } እዩ። እቲ ክትድውሉሉ ዝነበርኩም ሰብ ምስ ሓደ ሓላፊ ክሕዞ ይኽእል።
msg-no-free = እቲ ክትድውሉሉ ዝነበርኩም ሰብ ምስ ሓደ ሓላፊ ካልእ ግዜ ክሕዝ ይኽእል።
msg-footer = እዚ መልእኽቲ ብኣገልግሎት ቪድዮ ጻውዒት ናይቲ ማእከል ብኣውቶማቲክ ተላኢኹ። በጃኹም መልሲ ኣይትስዱ።
