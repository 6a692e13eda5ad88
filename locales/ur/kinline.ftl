### Kinline — the tablet app and the caller's page: interface strings
### language: ur (Urdu, اردو)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = حراست میں موجود لوگوں کے لیے ویڈیو کالز
signin-title = سائن ان
signin-staff-number = عملے کا نمبر
signin-pin = پن
signin-button = سائن ان کریں
signin-offline-note = اگر آپ پہلے اس ٹیبلٹ پر سائن ان کر چکے ہیں تو نیٹ ورک کے بغیر سائن ان کر سکتے ہیں۔
signin-error-unknown = یہ عملے کا نمبر اس ٹیبلٹ پر معلوم نہیں۔ اسے چیک کریں، یا نیٹ ورک سے جڑیں تاکہ ٹیبلٹ اپ ڈیٹ ہو سکے۔
signin-error-pin = پن درست نہیں۔ دوبارہ کوشش کریں۔
signin-error-locked = بہت زیادہ غلط پن۔ مینیجر سے اپنا اکاؤنٹ کھلوائیں۔
signout-button = سائن آؤٹ
today-title = آج کی کالز
today-count = { $count ->
    [one] { $count } کال بک ہے
   *[other] { $count } کالز بک ہیں
}
today-empty = آج کے لیے کوئی کال بک نہیں۔
today-row = { $time } — { $name }
call-kind-social = سماجی کال
call-kind-legal = قانونی کال
today-open-session = سیشن کھولیں
today-new-booking = نئی بکنگ
session-title = زیرِ حراست فرد کا سیشن
session-for = { $name } کا سیشن
session-compact-needed = کسی بھی ویڈیو کال سے پہلے معاہدے پر دستخط ضروری ہیں۔
session-compact-signed = معاہدے پر دستخط ہو گئے
session-suspended = اس شخص کے لیے ویڈیو کالز معطل ہیں۔
session-start-call = کال شروع کریں
session-hand-back = ٹیبلٹ افسر کو واپس دیں
compact-screen-title = ویڈیو کالز: قواعد
compact-choose-language = وہ زبان منتخب کریں جس میں آپ قواعد پڑھنا اور سننا چاہتے ہیں
compact-read-aloud = بلند آواز سے پڑھیں
compact-stop-reading = پڑھنا روکیں
compact-reading = بلند آواز سے پڑھا جا رہا ہے…
compact-no-voice = اس ٹیبلٹ پر اس زبان کے لیے کوئی آواز نہیں۔ قواعد سمجھانے کے لیے ترجمان سے مدد لیں۔
compact-not-offered = قواعد اس زبان میں دستیاب نہیں۔ انہیں سمجھانے کے لیے ترجمان سے مدد لیں۔
compact-not-reviewed = اس ترجمے کی کسی مستند مترجم نے جانچ نہیں کی۔
compact-not-reviewed-dco = اس ترجمے کا جائزہ نہیں لیا گیا۔ تصدیق کریں کہ زیرِ حراست فرد نے اسے سمجھ لیا، اور درج کریں کیسے۔
compact-confirm-how = سمجھ کی تصدیق کیسے ہوئی؟
compact-confirm-read = انہوں نے اسے اسکرین پر ایسی زبان میں پڑھا جو وہ اچھی طرح پڑھتے ہیں
compact-confirm-audio = انہوں نے اسے آخر تک بلند آواز میں سنا
compact-confirm-interpreter = ترجمان نے اسے سمجھایا
compact-interpreter-reference = ترجمان کی بکنگ یا بیج کا حوالہ
compact-understood = میں نے قواعد سمجھ لیے ہیں
compact-ask-question = میرا ایک سوال ہے
compact-version = ورژن { $version }
signature-title = یہاں دستخط کریں
signature-instructions = خانے کے اندر انگلی سے دستخط کریں۔
signature-clear = صاف کریں
signature-confirm = دستخط کی تصدیق کریں
signature-witness = افسر: تصدیق کریں کہ آپ نے زیرِ حراست فرد کو دستخط کرتے دیکھا۔
signature-witness-button = میں اس دستخط کا گواہ ہوں
signature-saved = دستخط محفوظ ہو گیا۔
call-title = ویڈیو کال
call-waiting = کال کرنے والے کے شامل ہونے کا انتظار…
call-caller-joined = کال کرنے والا شامل ہو گیا۔
call-check-adult = داخل کرنے سے پہلے چیک کریں کہ جسے کال کی گئی وہ بالغ ہے۔
call-admit = کال کرنے والے کو داخل کریں
call-refuse-not-adult = بالغ نہیں — داخل نہ کریں
call-mute = آواز بند کریں
call-unmute = آواز کھولیں
call-camera-off = کیمرہ بند کریں
call-camera-on = کیمرہ چالو کریں
call-end = کال ختم کریں
call-time-left = { $minutes ->
    [one] { $minutes } منٹ باقی ہے
   *[other] { $minutes } منٹ باقی ہیں
}
call-reconnecting = رابطہ ٹوٹ گیا۔ دوبارہ جوڑا جا رہا ہے…
call-legal-unsupervised = قانونی کال: بصری نگرانی کے بغیر۔
end-title = کال ختم کریں
end-choose-reason = کال کیوں ختم کی جا رہی ہے؟
end-reason-recording = کال کی ریکارڈنگ یا اشاعت
end-reason-inappropriate-dress = نامناسب لباس
end-reason-abusive-language = فحش یا گالی آمیز زبان
end-reason-sexualised-behaviour = جنسی رویہ
end-reason-inappropriate-behaviour = دیگر نامناسب رویہ
end-reason-offensive-material = غیر قانونی یا توہین آمیز مواد دکھانا
end-reason-unlawful-activity = غیر قانونی سرگرمی
end-reason-security-risk = مرکز کی سلامتی کو خطرہ
end-reason-concern-for-recipient = کال یا کال کرنے والے کی حفاظت کے بارے میں تشویش
end-confirm = ابھی کال ختم کریں
end-referral-note = ایک رپورٹ سکیورٹی شعبے کو جاتی ہے۔
incident-title = واقعے کی رپورٹ
incident-what-happened = کیا ہوا
incident-when = کب
incident-who-involved = کون ملوث تھا
incident-submit = رپورٹ جمع کریں
incident-saved = رپورٹ محفوظ ہو گئی۔ ٹیبلٹ آن لائن ہونے پر بھیج دی جائے گی۔
suspension-title = نوٹس: ویڈیو کالز معطل
suspension-body = { $name }، ویڈیو کالز تک آپ کی رسائی { $from } سے { $until } تک معطل ہے۔
suspension-reasons = وجوہات یہ ہیں: { $reasons }۔
suspension-reason-security = مرکز کی سلامتی کے لیے
suspension-reason-safety = کسی کی حفاظت کے لیے
suspension-reason-breach = ویڈیو کالز کے قواعد کی خلاف ورزی
suspension-appeal = آپ اس فیصلے کے خلاف اپیل کر سکتے ہیں۔ آپ کی اپیل کا فیصلہ { $hours } گھنٹوں کے اندر ہو گا۔
suspension-legal-access = آپ اب بھی دوسرے طریقوں سے اپنے قانونی مشیر سے رابطہ کر سکتے ہیں۔
suspension-review = اس معطلی کا جائزہ { $date } کو لیا جائے گا۔
language-title = زبان
language-choose = زبان منتخب کریں
language-option = { $native } — { $english }
sync-online = آن لائن
sync-offline = آف لائن — آپ کا کام اس ٹیبلٹ پر محفوظ ہے
sync-pending = { $count ->
    [one] { $count } ریکارڈ بھیجے جانے کا منتظر ہے
   *[other] { $count } ریکارڈز بھیجے جانے کے منتظر ہیں
}
sync-last = آخری بار { $time } پر بھیجا گیا
sync-now = ابھی بھیجیں
sync-failed = مرکز کے سرور تک رسائی نہ ہو سکی۔ آپ کا کام محفوظ ہے؛ بعد میں بھیج دیا جائے گا۔
error-network = نیٹ ورک نہیں۔ آپ کا کام محفوظ ہے اور بعد میں بھیج دیا جائے گا۔
error-camera = کیمرہ کام نہیں کر رہا۔ چیک کریں کہ کوئی اور ایپ اسے استعمال نہ کر رہی ہو۔
error-microphone = مائیکروفون کام نہیں کر رہا۔ چیک کریں کہ یہ خاموش نہ ہو۔
error-storage = ٹیبلٹ تقریباً بھر چکا ہے۔ مینیجر کو بتائیں۔
error-try-again = کچھ غلط ہو گیا۔ دوبارہ کوشش کریں۔
caller-title = ویڈیو کال میں شامل ہوں
caller-code = شمولیت کا کوڈ
caller-code-help = وہ کوڈ لکھیں جو کال بک ہونے پر آپ کو دیا گیا تھا۔
caller-join = شامل ہوں
caller-code-wrong = یہ کوڈ درست نہیں، یا کال ابھی شروع نہیں ہوئی۔ کوڈ اور وقت چیک کریں۔
caller-camera-preview = آپ کا کیمرہ
caller-allow-camera = اس صفحے کو اپنا کیمرہ اور مائیکروفون استعمال کرنے کی اجازت دیں۔
caller-adult-notice = افسر آپ کو داخل کرنے سے پہلے چیک کرے گا کہ آپ بالغ ہیں۔
caller-waiting = افسر کی اجازت کا انتظار…
caller-recording-forbidden = اس کال کو کسی بھی طرح ریکارڈ نہ کریں۔
caller-call-ended = کال ختم ہو گئی۔
caller-ended-by-officer = افسر نے کال ختم کر دی۔
caller-leave = کال چھوڑیں
