### Kinline — the tablet app and the caller's page: interface strings
### language: ar (Arabic, العربية)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = مكالمات فيديو للأشخاص المحتجزين
signin-title = تسجيل الدخول
signin-staff-number = رقم الموظف
signin-pin = الرقم السري
signin-button = دخول
signin-offline-note = يمكنك تسجيل الدخول دون شبكة إذا سبق لك تسجيل الدخول على هذا الجهاز.
signin-error-unknown = رقم الموظف هذا غير معروف على هذا الجهاز. تحقق منه، أو اتصل بالشبكة ليتم تحديث الجهاز.
signin-error-pin = الرقم السري غير صحيح. حاول مرة أخرى.
signin-error-locked = أُدخلت أرقام سرية خاطئة كثيرة. اطلب من المدير فتح حسابك.
signout-button = تسجيل الخروج
today-title = مكالمات اليوم
today-count = { $count ->
    [one] مكالمة واحدة محجوزة
   *[other] { $count } مكالمات محجوزة
}
today-empty = لا توجد مكالمات محجوزة لليوم.
today-row = { $time } — { $name }
call-kind-social = مكالمة اجتماعية
call-kind-legal = مكالمة قانونية
today-open-session = فتح الجلسة
today-new-booking = حجز جديد
session-title = جلسة المحتجز
session-for = جلسة { $name }
session-compact-needed = يجب التوقيع على اتفاق الاستخدام قبل أي مكالمة فيديو.
session-compact-signed = تم التوقيع على الاتفاق
session-suspended = مكالمات الفيديو موقوفة لهذا الشخص.
session-start-call = بدء المكالمة
session-hand-back = أعِد الجهاز إلى الموظف
compact-screen-title = مكالمات الفيديو: القواعد
compact-choose-language = اختر اللغة التي تريد قراءة القواعد والاستماع إليها بها
compact-read-aloud = القراءة بصوت عالٍ
compact-stop-reading = إيقاف القراءة
compact-reading = تجري القراءة بصوت عالٍ…
compact-no-voice = لا يوجد صوت لهذه اللغة على هذا الجهاز. استعن بمترجم لشرح القواعد.
compact-not-offered = القواعد غير متوفرة بهذه اللغة. استعن بمترجم لشرحها.
compact-not-reviewed = لم يراجع مترجم مؤهل هذه الترجمة.
compact-not-reviewed-dco = لم تتم مراجعة هذه الترجمة. تأكد من أن المحتجز فهمها، وسجّل كيف تأكدت.
compact-confirm-how = كيف تم التأكد من الفهم؟
compact-confirm-read = قرأها على الشاشة بلغة يقرؤها جيدًا
compact-confirm-audio = استمع إليها مقروءة حتى النهاية
compact-confirm-interpreter = شرحها مترجم
compact-interpreter-reference = مرجع حجز المترجم أو رقم بطاقته
compact-understood = لقد فهمت القواعد
compact-ask-question = لدي سؤال
compact-version = الإصدار { $version }
signature-title = وقّع هنا
signature-instructions = وقّع بإصبعك داخل المربع.
signature-clear = مسح
signature-confirm = تأكيد التوقيع
signature-witness = أيها الموظف: أكّد أنك رأيت المحتجز يوقّع.
signature-witness-button = شهدت هذا التوقيع
signature-saved = تم حفظ التوقيع.
call-title = مكالمة فيديو
call-waiting = في انتظار انضمام المتصل…
call-caller-joined = انضم المتصل.
call-check-adult = تحقق من أن الشخص المتصل به بالغ قبل السماح له بالدخول.
call-admit = السماح للمتصل بالدخول
call-refuse-not-adult = ليس بالغًا — لا تسمح بدخوله
call-mute = كتم الصوت
call-unmute = إلغاء الكتم
call-camera-off = إيقاف الكاميرا
call-camera-on = تشغيل الكاميرا
call-end = إنهاء المكالمة
call-time-left = { $minutes ->
    [one] بقيت دقيقة واحدة
   *[other] بقي { $minutes } دقيقة
}
call-reconnecting = انقطع الاتصال. تجري إعادة الاتصال…
call-legal-unsupervised = مكالمة قانونية: دون إشراف بصري.
end-title = إنهاء المكالمة
end-choose-reason = لماذا يتم إنهاء المكالمة؟
end-reason-recording = تسجيل المكالمة أو نشرها
end-reason-inappropriate-dress = ملابس غير لائقة
end-reason-abusive-language = كلام بذيء أو مسيء
end-reason-sexualised-behaviour = سلوك جنسي
end-reason-inappropriate-behaviour = سلوك آخر غير لائق
end-reason-offensive-material = عرض مواد غير قانونية أو مسيئة
end-reason-unlawful-activity = نشاط غير قانوني
end-reason-security-risk = خطر على أمن المركز
end-reason-concern-for-recipient = قلق بشأن المكالمة أو سلامة المتصل
end-confirm = إنهاء المكالمة الآن
end-referral-note = يُرسل تقرير إلى قسم الأمن.
incident-title = تقرير حادث
incident-what-happened = ماذا حدث
incident-when = متى
incident-who-involved = من كان معنيًا
incident-submit = إرسال التقرير
incident-saved = تم حفظ التقرير. سيُرسل عند اتصال الجهاز بالشبكة.
suspension-title = إشعار: إيقاف مكالمات الفيديو
suspension-body = { $name }، تم إيقاف وصولك إلى مكالمات الفيديو من { $from } حتى { $until }.
suspension-reasons = الأسباب هي: { $reasons }.
suspension-reason-security = من أجل أمن المركز
suspension-reason-safety = من أجل سلامة شخص ما
suspension-reason-breach = مخالفة قواعد مكالمات الفيديو
suspension-appeal = يمكنك الطعن في هذا القرار. سيُبت في طعنك خلال { $hours } ساعة.
suspension-legal-access = لا يزال بإمكانك التواصل مع مستشارك القانوني بطرق أخرى.
suspension-review = ستتم مراجعة هذا الإيقاف في { $date }.
language-title = اللغة
language-choose = اختر لغة
language-option = { $native } — { $english }
sync-online = متصل
sync-offline = غير متصل — عملك محفوظ على هذا الجهاز
sync-pending = { $count ->
    [one] سجل واحد بانتظار الإرسال
   *[other] { $count } سجلات بانتظار الإرسال
}
sync-last = آخر إرسال في { $time }
sync-now = أرسل الآن
sync-failed = تعذر الوصول إلى خادم المركز. عملك آمن وسيُرسل لاحقًا.
error-network = لا توجد شبكة. عملك محفوظ وسيُرسل لاحقًا.
error-camera = الكاميرا لا تعمل. تأكد من أن أي تطبيق آخر لا يستخدمها.
error-microphone = الميكروفون لا يعمل. تأكد من أنه غير مكتوم.
error-storage = ذاكرة الجهاز ممتلئة تقريبًا. أخبر المدير.
error-try-again = حدث خطأ ما. حاول مرة أخرى.
caller-title = الانضمام إلى مكالمة فيديو
caller-code = رمز الانضمام
caller-code-help = اكتب الرمز الذي أُعطي لك عند حجز المكالمة.
caller-join = انضمام
caller-code-wrong = هذا الرمز غير صحيح، أو لم تبدأ المكالمة بعد. تحقق من الرمز والوقت.
caller-camera-preview = الكاميرا الخاصة بك
caller-allow-camera = اسمح لهذه الصفحة باستخدام الكاميرا والميكروفون.
caller-adult-notice = سيتحقق الموظف من أنك بالغ قبل السماح لك بالدخول.
caller-waiting = في انتظار أن يسمح لك الموظف بالدخول…
caller-recording-forbidden = لا تسجل هذه المكالمة بأي طريقة.
caller-call-ended = انتهت المكالمة.
caller-ended-by-officer = أنهى الموظف المكالمة.
caller-leave = مغادرة المكالمة
