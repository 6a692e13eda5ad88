### Kinline — the tablet app and the caller's page: interface strings
### language: ckb (Kurdish (Sorani), کوردیی ناوەندی)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = پەیوەندیی ڤیدیۆیی بۆ ئەو کەسانەی لە دەستبەسەریدان
signin-title = چوونەژوورەوە
signin-staff-number = ژمارەی فەرمانبەر
signin-pin = وشەی نهێنی
signin-button = چوونەژوورەوە
signin-offline-note = ئەگەر پێشتر لەسەر ئەم تابلێتە چوویتە ژوورەوە، دەتوانیت بەبێ تۆڕ بچیتە ژوورەوە.
signin-error-unknown = ئەم ژمارەی فەرمانبەرە لەسەر ئەم تابلێتە ناناسرێت. پشکنینی بکە، یان بە تۆڕەوە پەیوەست بە بۆ نوێکردنەوەی تابلێت.
signin-error-pin = وشەی نهێنی هەڵەیە. دووبارە هەوڵ بدەوە.
signin-error-locked = وشەی نهێنیی هەڵەی زۆر. داوا لە بەڕێوەبەر بکە هەژمارەکەت بکاتەوە.
signout-button = چوونەدەرەوە
today-title = پەیوەندییەکانی ئەمڕۆ
today-count = { $count ->
    [one] { $count } پەیوەندی حیجزکراوە
   *[other] { $count } پەیوەندی حیجزکراون
}
today-empty = هیچ پەیوەندییەک بۆ ئەمڕۆ حیجز نەکراوە.
today-row = { $time } — { $name }
call-kind-social = پەیوەندیی کۆمەڵایەتی
call-kind-legal = پەیوەندیی یاسایی
today-open-session = کردنەوەی دانیشتن
today-new-booking = حیجزی نوێ
session-title = دانیشتنی دەستبەسەرکراو
session-for = دانیشتن بۆ { $name }
session-compact-needed = پێش هەر پەیوەندییەکی ڤیدیۆیی دەبێت ڕێککەوتنەکە واژۆ بکرێت.
session-compact-signed = ڕێککەوتنەکە واژۆ کرا
session-suspended = پەیوەندیی ڤیدیۆیی بۆ ئەم کەسە ڕاگیراوە.
session-start-call = دەستپێکردنی پەیوەندی
session-hand-back = تابلێتەکە بدەرەوە بە ئەفسەرەکە
compact-screen-title = پەیوەندیی ڤیدیۆیی: یاساکان
compact-choose-language = ئەو زمانە هەڵبژێرە کە دەتەوێت یاساکانی پێ بخوێنیتەوە و گوێی لێ بگریت
compact-read-aloud = خوێندنەوە بە دەنگی بەرز
compact-stop-reading = وەستاندنی خوێندنەوە
compact-reading = خوێندنەوە بە دەنگی بەرز…
compact-no-voice = لەسەر ئەم تابلێتە دەنگ بۆ ئەم زمانە نییە. وەرگێڕی زارەکی بەکاربهێنە بۆ ڕوونکردنەوەی یاساکان.
compact-not-offered = یاساکان بەم زمانە بەردەست نین. وەرگێڕی زارەکی بەکاربهێنە بۆ ڕوونکردنەوەیان.
compact-not-reviewed = ئەم وەرگێڕانە لەلایەن وەرگێڕێکی شارەزاوە پشکنین نەکراوە.
compact-not-reviewed-dco = ئەم وەرگێڕانە پێداچوونەوەی بۆ نەکراوە. دڵنیابە کە دەستبەسەرکراوەکە تێی گەیشتووە و تۆمار بکە چۆن.
compact-confirm-how = تێگەیشتن چۆن پشتڕاست کرایەوە؟
compact-confirm-read = لەسەر شاشە بە زمانێک خوێندییەوە کە باش دەیخوێنێتەوە
compact-confirm-audio = تا کۆتایی گوێی لە خوێندنەوەی بە دەنگی بەرز گرت
compact-confirm-interpreter = وەرگێڕێکی زارەکی ڕوونی کردەوە
compact-interpreter-reference = ژمارەی حیجز یان باجی وەرگێڕ
compact-understood = لە یاساکان تێگەیشتم
compact-ask-question = پرسیارێکم هەیە
compact-version = وەشانی { $version }
signature-title = لێرە واژۆ بکە
signature-instructions = بە پەنجەت لەناو چوارگۆشەکەدا واژۆ بکە.
signature-clear = سڕینەوە
signature-confirm = پشتڕاستکردنەوەی واژۆ
signature-witness = ئەفسەر: پشتڕاستی بکەرەوە کە بینیت دەستبەسەرکراوەکە واژۆی کرد.
signature-witness-button = شایەتی ئەم واژۆیە بووم
signature-saved = واژۆکە پاشەکەوت کرا.
call-title = پەیوەندیی ڤیدیۆیی
call-waiting = چاوەڕێی هاتنی پەیوەندیکەر…
call-caller-joined = پەیوەندیکەر هات.
call-check-adult = پێش ڕێگەدان، دڵنیابە کە کەسی پەیوەندیپێکراو پێگەیشتووە.
call-admit = ڕێگەدان بە پەیوەندیکەر
call-refuse-not-adult = پێنەگەیشتووە — ڕێگە مەدە
call-mute = بێدەنگکردن
call-unmute = لابردنی بێدەنگی
call-camera-off = کوژاندنەوەی کامێرا
call-camera-on = هەڵکردنی کامێرا
call-end = کۆتاییهێنان بە پەیوەندی
call-time-left = { $minutes ->
    [one] { $minutes } خولەک ماوە
   *[other] { $minutes } خولەک ماوە
}
call-reconnecting = پەیوەندی پچڕا. دووبارە پەیوەستبوونەوە…
call-legal-unsupervised = پەیوەندیی یاسایی: بەبێ چاودێریی بینراو.
end-title = کۆتاییهێنان بە پەیوەندی
end-choose-reason = بۆچی پەیوەندییەکە کۆتایی پێدێت؟
end-reason-recording = تۆمارکردن یان بڵاوکردنەوەی پەیوەندی
end-reason-inappropriate-dress = جلوبەرگی نەگونجاو
end-reason-abusive-language = قسەی ناشیرین یان سووکایەتیئامێز
end-reason-sexualised-behaviour = ڕەفتاری سێکسی
end-reason-inappropriate-behaviour = ڕەفتاری نەگونجاوی تر
end-reason-offensive-material = پیشاندانی کەرەستەی نایاسایی یان ئازاردەر
end-reason-unlawful-activity = چالاکیی نایاسایی
end-reason-security-risk = مەترسی بۆ ئاسایشی سەنتەر
end-reason-concern-for-recipient = نیگەرانی دەربارەی پەیوەندییەکە یان سەلامەتیی پەیوەندیکەر
end-confirm = ئێستا کۆتایی بە پەیوەندی بهێنە
end-referral-note = ڕاپۆرتێک دەنێردرێت بۆ بەشی ئاسایش.
incident-title = ڕاپۆرتی ڕووداو
incident-what-happened = چی ڕوویدا
incident-when = کەی
incident-who-involved = کێ تێیدا بوو
incident-submit = ناردنی ڕاپۆرت
incident-saved = ڕاپۆرتەکە پاشەکەوت کرا. کاتێک تابلێت ئۆنلاین بێت دەنێردرێت.
suspension-title = ئاگادارکردنەوە: پەیوەندیی ڤیدیۆیی ڕاگیرا
suspension-body = { $name }، دەستگەیشتنت بە پەیوەندیی ڤیدیۆیی لە { $from } تا { $until } ڕاگیراوە.
suspension-reasons = هۆکارەکان: { $reasons }.
suspension-reason-security = بۆ ئاسایشی سەنتەر
suspension-reason-safety = بۆ سەلامەتیی کەسێک
suspension-reason-breach = پێشێلکردنی یاساکانی پەیوەندیی ڤیدیۆیی
suspension-appeal = دەتوانیت تانە لەم بڕیارە بدەیت. لە ماوەی { $hours } کاتژمێردا بڕیار لەسەر تانەکەت دەدرێت.
suspension-legal-access = هێشتا دەتوانیت بە ڕێگای تر پەیوەندی بە ڕاوێژکاری یاساییتەوە بکەیت.
suspension-review = ئەم ڕاگرتنە لە { $date } پێداچوونەوەی بۆ دەکرێت.
language-title = زمان
language-choose = زمانێک هەڵبژێرە
language-option = { $native } — { $english }
sync-online = ئۆنلاین
sync-offline = ئۆفلاین — کارەکەت لەسەر ئەم تابلێتە پاشەکەوت کراوە
sync-pending = { $count ->
    [one] { $count } تۆمار چاوەڕێی ناردنە
   *[other] { $count } تۆمار چاوەڕێی ناردنن
}
sync-last = دوایین ناردن لە { $time }
sync-now = ئێستا بنێرە
sync-failed = نەتوانرا بگاتە سێرڤەری سەنتەر. کارەکەت پارێزراوە؛ دواتر دەنێردرێت.
error-network = تۆڕ نییە. کارەکەت پاشەکەوت کراوە و دواتر دەنێردرێت.
error-camera = کامێرا کار ناکات. دڵنیابە هیچ بەرنامەیەکی تر بەکاری ناهێنێت.
error-microphone = مایکرۆفۆن کار ناکات. دڵنیابە بێدەنگ نەکراوە.
error-storage = تابلێتەکە نزیکەی پڕە. بە بەڕێوەبەر بڵێ.
error-try-again = هەڵەیەک ڕوویدا. دووبارە هەوڵ بدەوە.
caller-title = بەشداریکردن لە پەیوەندیی ڤیدیۆیی
caller-code = کۆدی بەشداریکردن
caller-code-help = ئەو کۆدە بنووسە کە لە کاتی حیجزکردنی پەیوەندییەکەدا پێت درا.
caller-join = بەشداری بکە
caller-code-wrong = ئەم کۆدە هەڵەیە، یان پەیوەندییەکە هێشتا دەستی پێنەکردووە. کۆد و کات بپشکنە.
caller-camera-preview = کامێراکەت
caller-allow-camera = ڕێگە بدە ئەم پەڕەیە کامێرا و مایکرۆفۆنەکەت بەکاربهێنێت.
caller-adult-notice = ئەفسەرەکە پێش ڕێگەدانت دڵنیا دەبێتەوە کە پێگەیشتوویت.
caller-waiting = چاوەڕێی ڕێگەدانی ئەفسەرەکە…
caller-recording-forbidden = بە هیچ شێوەیەک ئەم پەیوەندییە تۆمار مەکە.
caller-call-ended = پەیوەندییەکە کۆتایی هات.
caller-ended-by-officer = ئەفسەرەکە کۆتایی بە پەیوەندییەکە هێنا.
caller-leave = جێهێشتنی پەیوەندی
