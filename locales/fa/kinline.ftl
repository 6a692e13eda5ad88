### Kinline — the tablet app and the caller's page: interface strings
### language: fa (Persian, فارسی)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = تماس تصویری برای افراد در بازداشت
signin-title = ورود
signin-staff-number = شماره کارمندی
signin-pin = رمز
signin-button = ورود
signin-offline-note = اگر قبلاً روی این تبلت وارد شده‌اید، می‌توانید بدون شبکه وارد شوید.
signin-error-unknown = این شماره کارمندی روی این تبلت شناخته نشده است. آن را بررسی کنید یا به شبکه وصل شوید تا تبلت به‌روز شود.
signin-error-pin = رمز درست نیست. دوباره تلاش کنید.
signin-error-locked = رمز اشتباه بیش از حد وارد شده است. از مدیر بخواهید حساب شما را باز کند.
signout-button = خروج
today-title = تماس‌های امروز
today-count = { $count ->
    [one] { $count } تماس رزرو شده
   *[other] { $count } تماس رزرو شده
}
today-empty = برای امروز هیچ تماسی رزرو نشده است.
today-row = { $time } — { $name }
call-kind-social = تماس اجتماعی
call-kind-legal = تماس حقوقی
today-open-session = باز کردن جلسه
today-new-booking = رزرو جدید
session-title = جلسه بازداشتی
session-for = جلسه برای { $name }
session-compact-needed = پیش از هر تماس تصویری باید توافق‌نامه امضا شود.
session-compact-signed = توافق‌نامه امضا شد
session-suspended = تماس تصویری برای این فرد تعلیق شده است.
session-start-call = شروع تماس
session-hand-back = تبلت را به مأمور برگردانید
compact-screen-title = تماس تصویری: قوانین
compact-choose-language = زبانی را که می‌خواهید قوانین را به آن بخوانید و بشنوید انتخاب کنید
compact-read-aloud = خواندن با صدای بلند
compact-stop-reading = توقف خواندن
compact-reading = در حال خواندن با صدای بلند…
compact-no-voice = برای این زبان روی این تبلت صدایی وجود ندارد. برای توضیح قوانین از مترجم شفاهی کمک بگیرید.
compact-not-offered = قوانین به این زبان موجود نیست. برای توضیح آن‌ها از مترجم شفاهی کمک بگیرید.
compact-not-reviewed = این ترجمه توسط مترجم واجد شرایط بررسی نشده است.
compact-not-reviewed-dco = این ترجمه بازبینی نشده است. مطمئن شوید بازداشتی آن را فهمیده و ثبت کنید چگونه.
compact-confirm-how = فهم او چگونه تأیید شد؟
compact-confirm-read = آن را روی صفحه به زبانی که خوب می‌خواند خواند
compact-confirm-audio = تا پایان به خواندن آن با صدای بلند گوش داد
compact-confirm-interpreter = مترجم شفاهی آن را توضیح داد
compact-interpreter-reference = شماره رزرو یا کارت مترجم
compact-understood = قوانین را فهمیدم
compact-ask-question = سؤالی دارم
compact-version = نسخه { $version }
signature-title = اینجا امضا کنید
signature-instructions = با انگشت خود داخل کادر امضا کنید.
signature-clear = پاک کردن
signature-confirm = تأیید امضا
signature-witness = مأمور: تأیید کنید که امضای بازداشتی را دیدید.
signature-witness-button = شاهد این امضا بودم
signature-saved = امضا ذخیره شد.
call-title = تماس تصویری
call-waiting = در انتظار پیوستن تماس‌گیرنده…
call-caller-joined = تماس‌گیرنده پیوست.
call-check-adult = پیش از پذیرفتن، بررسی کنید که فرد طرف تماس بزرگسال باشد.
call-admit = پذیرفتن تماس‌گیرنده
call-refuse-not-adult = بزرگسال نیست — نپذیرید
call-mute = قطع صدا
call-unmute = وصل صدا
call-camera-off = خاموش کردن دوربین
call-camera-on = روشن کردن دوربین
call-end = پایان تماس
call-time-left = { $minutes ->
    [one] { $minutes } دقیقه باقی مانده
   *[other] { $minutes } دقیقه باقی مانده
}
call-reconnecting = ارتباط قطع شد. در حال اتصال دوباره…
call-legal-unsupervised = تماس حقوقی: بدون نظارت تصویری.
end-title = پایان تماس
end-choose-reason = چرا تماس پایان می‌یابد؟
end-reason-recording = ضبط یا انتشار تماس
end-reason-inappropriate-dress = پوشش نامناسب
end-reason-abusive-language = زبان زشت یا توهین‌آمیز
end-reason-sexualised-behaviour = رفتار جنسی
end-reason-inappropriate-behaviour = رفتار نامناسب دیگر
end-reason-offensive-material = نشان دادن مطالب غیرقانونی یا توهین‌آمیز
end-reason-unlawful-activity = فعالیت غیرقانونی
end-reason-security-risk = خطر برای امنیت مرکز
end-reason-concern-for-recipient = نگرانی درباره تماس یا امنیت تماس‌گیرنده
end-confirm = اکنون تماس را پایان دهید
end-referral-note = گزارشی به بخش امنیت فرستاده می‌شود.
incident-title = گزارش حادثه
incident-what-happened = چه اتفاقی افتاد
incident-when = چه زمانی
incident-who-involved = چه کسانی درگیر بودند
incident-submit = ارسال گزارش
incident-saved = گزارش ذخیره شد. وقتی تبلت آنلاین شود فرستاده می‌شود.
suspension-title = اطلاعیه: تماس تصویری تعلیق شد
suspension-body = { $name }، دسترسی شما به تماس تصویری از { $from } تا { $until } تعلیق شده است.
suspension-reasons = دلایل: { $reasons }.
suspension-reason-security = برای امنیت مرکز
suspension-reason-safety = برای ایمنی یک فرد
suspension-reason-breach = نقض قوانین تماس تصویری
suspension-appeal = می‌توانید به این تصمیم اعتراض کنید. درباره اعتراض شما ظرف { $hours } ساعت تصمیم گرفته می‌شود.
suspension-legal-access = همچنان می‌توانید از راه‌های دیگر با مشاور حقوقی خود تماس بگیرید.
suspension-review = این تعلیق در تاریخ { $date } بازبینی می‌شود.
language-title = زبان
language-choose = یک زبان انتخاب کنید
language-option = { $native } — { $english }
sync-online = آنلاین
sync-offline = آفلاین — کار شما روی این تبلت ذخیره شده است
sync-pending = { $count ->
    [one] { $count } مورد در انتظار ارسال
   *[other] { $count } مورد در انتظار ارسال
}
sync-last = آخرین ارسال در { $time }
sync-now = الان بفرست
sync-failed = دسترسی به سرور مرکز ممکن نشد. کار شما امن است و بعداً فرستاده می‌شود.
error-network = شبکه وجود ندارد. کار شما ذخیره شده و بعداً فرستاده می‌شود.
error-camera = دوربین کار نمی‌کند. بررسی کنید برنامه دیگری از آن استفاده نکند.
error-microphone = میکروفون کار نمی‌کند. بررسی کنید بی‌صدا نباشد.
error-storage = حافظه تبلت تقریباً پر است. به مدیر اطلاع دهید.
error-try-again = مشکلی پیش آمد. دوباره تلاش کنید.
caller-title = پیوستن به تماس تصویری
caller-code = کد پیوستن
caller-code-help = کدی را که هنگام رزرو تماس به شما داده شد وارد کنید.
caller-join = پیوستن
caller-code-wrong = این کد درست نیست یا تماس هنوز شروع نشده است. کد و زمان را بررسی کنید.
caller-camera-preview = دوربین شما
caller-allow-camera = به این صفحه اجازه دهید از دوربین و میکروفون شما استفاده کند.
caller-adult-notice = مأمور پیش از ورود شما بررسی می‌کند که بزرگسال باشید.
caller-waiting = در انتظار اجازه ورود از طرف مأمور…
caller-recording-forbidden = این تماس را به هیچ شکلی ضبط نکنید.
caller-call-ended = تماس پایان یافت.
caller-ended-by-officer = مأمور تماس را پایان داد.
caller-leave = ترک تماس
