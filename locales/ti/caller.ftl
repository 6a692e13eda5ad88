### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: ti (Tigrinya, ትግርኛ)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = ቪድዮ ጻውዒት
join-legal = እዚ ሕጋዊ ጻውዒት እዩ፡ ሰራሕተኛታት ኣይርእይዎን እዮም።
join-starting = ካሜራኹም ይኽፈት ኣሎ…
join-no-camera = ካሜራኹም ወይ ማይክሮፎንኩም ክኽፈት ኣይከኣለን። ፍቓድ ሃቡን ነዚ ገጽ ደጊምኩም ጸዓንዎን።
join-waiting = በጃኹም ተጸበዩ፡ ሓደ ሓላፊ ቀልጢፉ ክምርምረኩምን ክትኣትዉ ከፍቅደልኩምን እዩ።
join-connecting = ይራኸብ ኣሎ…
join-in-call = ተራኺብኩም ኣለኹም።
join-warning = ጻውዒት ኣብ ሓንቲ ደቒቕ ክውዳእ እዩ።
join-reconnecting = ርክብ ተቋሪጹ። ዳግማይ ይራኸብ ኣሎ…
join-no-route = ካብዚ መርበብ ሓበሬታ ዝኾነ ርክብ ክምስረት ኣይከኣለን። ናይ ኢንተርነት ርክብኩም ኣረጋግጹ፣ ድሕሪኡ ነዚ ገጽ ደጊምኩም ጸዓንዎ።
join-peer-left = ናይቲ ካልእ ወገን ርክብ ተቋሪጹ። ይጽበ ኣሎ…
join-ended-completed = ጻውዒት ተወዲኡ።
join-ended-slot-ended = ጻውዒት ተወዲኡ፡ ግዜኡ ኣኺሉ።
join-ended-terminated = እቲ ሓላፊ ጻውዒት ኣቋሪጹ።
join-ended-technical-failure = ርክብ ስለ ዝፈሸለ ጻውዒት ተወዲኡ። ብዘይ ክፍሊት ደጊምኩም ክትሕዝዎ ትኽእሉ ኢኹም።
join-ended-not-admitted = ጻውዒት ኣይተኻየደን።
join-unknown = እዚ መላግቦ ቅቡል ኣይኮነን ወይ ጻውዒት ተወዲኡ እዩ።
join-in-use = ሓደ ሰብ ብዚ መላግቦ ኣቐዲሙ ኣብዚ ጻውዒት ኣሎ። ክሕወስ ዝኽእል ሓደ ሰብ ጥራይ እዩ፤ ንስኹም እንተ ኔርኩም ነቲ ካልእ መስኮት ዕጸውዎ።
join-hang-up = ጻውዒት ዕጸዉ
join-no-record = ነዚ ጻውዒት ኣይትቕረጽዎ። እቲ ማእከል ዕለቱ፡ ሰዓቱን ንውሓቱን ጥራይ እዩ ዝሕዝ።
join-language = ቋንቋ
refused-unknown = እዚ መላግቦ ቅቡል ኣይኮነን። ዝተላእከልኩም መላግቦ ኣረጋግጹ።
refused-cancelled = እዚ ጻውዒት ተሰሪዙ።
refused-over = እዚ ጻውዒት ድሮ ተኻይዱ እዩ።
refused-past = ግዜ ናይዚ ጻውዒት ሓሊፉ።
