### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: ur (Urdu, اردو)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = ویڈیو کال بک ہو گئی: { $when }
msg-subject-reminder = یاد دہانی: ویڈیو کال { $when } پر
msg-subject-cancellation = ویڈیو کال منسوخ ہو گئی: { $when }
msg-subject-displacement = ویڈیو کال نہیں ہو سکتی: { $when }
msg-invitation-intro = آپ کو امیگریشن ریموول سینٹر میں رکھے گئے ایک شخص کے ساتھ ویڈیو کال کی دعوت دی گئی ہے۔
msg-reminder-intro = امیگریشن ریموول سینٹر میں رکھے گئے ایک شخص کے ساتھ آپ کی ویڈیو کال جلد شروع ہو رہی ہے۔
msg-when = تاریخ اور وقت (برطانیہ کا وقت): { $when } سے { $end } تک۔
msg-kind-social = یہ ایک سماجی کال ہے۔
msg-kind-legal = یہ ایک قانونی کال ہے۔
msg-link = کسی بھی ویب براؤزر میں اس لنک سے شامل ہوں:
msg-code = آپ کی کال کا کوڈ: { $code }
msg-camera = آپ کا براؤزر آپ کے کیمرے اور مائیکروفون کے استعمال کی اجازت مانگے گا: براہ کرم دونوں کی اجازت دیں۔
msg-adult = کال شروع ہونے سے پہلے ایک افسر تصدیق کرتا ہے کہ کوئی بالغ موجود ہے۔
msg-legal-private = قانونی کال نجی ہوتی ہے: عملہ اسے نہ دیکھتا ہے نہ سنتا ہے۔
msg-social-supervised = عملہ سماجی کال کی نگرانی کر سکتا ہے؛ جہاں تک ممکن ہو آپ کی رازداری کا احترام کیا جاتا ہے۔
msg-no-record = کال ریکارڈ نہ کریں۔
msg-cancelled = { $when } کے لیے بک کی گئی ویڈیو کال منسوخ کر دی گئی ہے۔ لنک اب کام نہیں کرتا۔
msg-displaced = { $when } کے لیے بک کی گئی ویڈیو کال نہیں ہو سکتی: ایک قانونی کال کو اس کی جگہ درکار ہے۔
msg-next-free = اگلا خالی وقت { $next } ہے۔ جس شخص کو آپ کال کرنے والے تھے وہ کسی افسر کے ذریعے اسے بک کر سکتا ہے۔
msg-no-free = جس شخص کو آپ کال کرنے والے تھے وہ کسی افسر کے ذریعے کوئی اور وقت بک کر سکتا ہے۔
msg-footer = یہ پیغام سینٹر کی ویڈیو کال سروس نے خود بخود بھیجا ہے۔ براہ کرم جواب نہ دیں۔
