### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: ur (Urdu, اردو)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = ویڈیو کال
join-legal = یہ قانونی کال ہے: عملہ اسے نہیں دیکھتا۔
join-starting = آپ کا کیمرا شروع ہو رہا ہے…
join-no-camera = آپ کا کیمرا یا مائیکروفون شروع نہیں ہو سکا۔ اجازت دیں اور یہ صفحہ دوبارہ لوڈ کریں۔
join-waiting = براہ کرم انتظار کریں: ایک افسر جلد ہی آپ کی جانچ کر کے آپ کو اندر آنے دے گا۔
join-connecting = رابطہ ہو رہا ہے…
join-in-call = آپ کا رابطہ ہو گیا ہے۔
join-warning = کال ایک منٹ میں ختم ہو جائے گی۔
join-reconnecting = رابطہ ٹوٹ گیا۔ دوبارہ رابطہ کیا جا رہا ہے…
join-no-route = اس براؤزر سے کوئی رابطہ قائم نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں، پھر یہ صفحہ دوبارہ لوڈ کریں۔
join-peer-left = دوسری طرف کا رابطہ ٹوٹ گیا۔ انتظار ہو رہا ہے…
join-ended-completed = کال ختم ہو گئی۔
join-ended-slot-ended = کال ختم ہو گئی: وقت پورا ہو گیا۔
join-ended-terminated = افسر نے کال ختم کر دی۔
join-ended-technical-failure = رابطہ ناکام ہونے کی وجہ سے کال ختم ہو گئی۔ اسے بغیر کسی خرچ کے دوبارہ بک کیا جا سکتا ہے۔
join-ended-not-admitted = کال نہیں ہو سکی۔
join-unknown = یہ لنک درست نہیں یا کال ختم ہو چکی ہے۔
join-in-use = اس لنک سے کوئی پہلے ہی اس کال میں موجود ہے۔ صرف ایک شخص شامل ہو سکتا ہے؛ اگر وہ آپ تھے تو دوسری ونڈو بند کریں۔
join-hang-up = کال ختم کریں
join-no-record = اس کال کو ریکارڈ نہ کریں۔ مرکز صرف اس کی تاریخ، وقت اور دورانیہ رکھتا ہے۔
join-language = زبان
refused-unknown = یہ لنک درست نہیں۔ آپ کو بھیجا گیا لنک چیک کریں۔
refused-cancelled = یہ کال منسوخ کر دی گئی۔
refused-over = یہ کال پہلے ہی ہو چکی ہے۔
refused-past = اس کال کا وقت گزر چکا ہے۔
