### Kinline — the tablet app and the caller's page: interface strings
### language: ar (Arabic, العربية)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = مكالمات الفيديو Kinline
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
today-title = اليوم
today-count = { $count ->
    [one] مكالمة واحدة محجوزة
   *[other] { $count } مكالمات محجوزة
}
today-empty = لا توجد مكالمات محجوزة لبقية اليوم.
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
signature-title = التوقيع
signature-instructions = وقّع بإصبعك داخل المربع.
signature-clear = مسح
signature-confirm = تأكيد التوقيع
signature-witness = أيها الموظف: أكّد أنك رأيت المحتجز يوقّع.
signature-witness-button = شهدت هذا التوقيع
signature-saved = تم حفظ التوقيع.
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
incident-title = تقرير حادثة (DSO §19)
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
sync-offline = غير متصل
sync-pending = { $count ->
    [one] سجل واحد بانتظار الإرسال
   *[other] { $count } سجلات بانتظار الإرسال
}
sync-now = زامن الآن
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

## Tablet screens (app/src/ui): what the DCO and, in detainee mode, the detainee see

sign-in-lead = سجّل الدخول برقم الموظف والرقم السري.
sign-in-offline-hint = يعمل تسجيل الدخول دون شبكة، بقائمة الموظفين التي زامنها هذا الجهاز آخر مرة.
staff-number = رقم الموظف
pin = الرقم السري
sign-in = دخول
sign-out = خروج
unlock = فتح القفل
locked-title = الجهاز مقفل
detainee-mode-staff-pin = للموظفين فقط: الرقم السري للعودة إلى شاشات الموظفين
error-wrong-pin = الرقم السري غير صحيح. اكتبه مرة أخرى.
error-signed-out = سجّل الدخول أولاً: لم يُسجَّل أي شيء.
nav-label = القائمة الرئيسية
nav-today = اليوم
nav-find = البحث عن محتجز
nav-incident = كتابة تقرير حادثة
sync-label = حالة المزامنة
sync-nothing-waiting = لا شيء ينتظر الإرسال
sync-never = لم تتم المزامنة أبداً
sync-running = جارٍ المزامنة…
sync-done = تمت المزامنة مع خادم المركز.
legal-call-marker = قانونية
legal-call-marker-label = مكالمة قانونية: أولوية وخصوصية (DSO §9)
open-call = فتح المكالمة
waiting-list = قائمة الانتظار
waiting-list-empty = لا أحد ينتظر موعداً.
find-title = البحث عن محتجز
find-label = الاسم أو الرقم أو الغرفة
find-none = لا أحد في قائمة هذا الجهاز يطابق البحث. تحقق من الكتابة أو زامن الآن.
unknown-detainee = محتجز غير معروف
access-label = إمكانية مكالمات الفيديو
access-ok = يمكنه إجراء مكالمات فيديو.
compact = الاتفاق
compact-signed = موقَّع: النسخة
compact-not-signed = غير موقَّع. يجب أن يوقّع على النسخة
go-through-compact = مراجعة الاتفاق
risk = تقييم المخاطر
risk-not-needed = غير مطلوب.
suspension = الإيقاف
not-suspended = غير موقوف.
suspended-label = إيقاف سارٍ
notice-not-given = لم يُعطَ الإشعار الكتابي بعد (DSO §17).
open-notice = إعطاء إشعار الإيقاف
bookings = الحجوزات
compact-language-title = أي لغة؟
compact-language-lead = اختر لغة يفهمها المحتجز. يبقى الجهاز معه إلى أن تكتب رقمك السري.
compact-no-translation = لا توجد ترجمة للاتفاق. استعن بمترجم وسجّل مرجعه (DSO §15).
interpreter-explained = شرحه مترجم (دون ترجمة مكتوبة)
interpreter-title = شرحه مترجم
interpreter-lead = اطلب من مترجم أن يشرح الاتفاق أدناه بلغة يفهمها المحتجز (DSO §15)، ثم سجّل مرجعه.
interpreter-reference = رقم حجز المترجم أو بطاقته
interpreter-record = سجّل وانتقل إلى التوقيع
interpreter-reference-needed = DSO 01/2020 §15: اكتب مرجع المترجم قبل المتابعة.
reader-label = القراءة
read-aloud = ▶ اقرأ بصوت عالٍ
pause = ‖ إيقاف مؤقت
i-read-it = قرأته بنفسي
go-to-signature = وقّع
audio-completed = تمت القراءة بصوت عالٍ حتى النهاية.
signature-lead = وقّع بإصبعك داخل المربع.
signature-pad-label = لوحة التوقيع: وقّع بإصبعك
undo-stroke = تراجع عن آخر خط
clear-pad = مسح
signature-missing = DSO 01/2020 §10: لا يوجد توقيع بعد. وقّع داخل المربع.
witness-title = للموظفين: الشاهد
witness-pin = الرقم السري للضابط الشاهد
witness-record = اشهد وسجّل
compact-signed-recorded = تم توقيع الاتفاق والشهادة عليه.
call-unknown = هذه المكالمة غير موجودة على هذا الجهاز. زامن الآن ثم افتحها مرة أخرى.
call-step-checkin = عندما يكون المحتجز عند الجهاز:
call-checkin = المحتجز حاضر
adult-check-title = التحقق من البلوغ (DSO §8)
adult-check-lead = انظر إلى فيديو المتصل. يمكن أن يكون معه أطفال، لكن يجب أن يكون المتلقي الرئيسي بالغاً.
adult-yes = المتلقي الرئيسي بالغ
adult-no = ليس بالغاً
call-not-adult-ended = DSO 01/2020 §8: المتلقي الرئيسي ليس بالغاً، لذلك أُنهيت المكالمة. يمكن للمتصل أن يعاود الاتصال بحضور شخص بالغ.
admit-lead = المتصل ينتظر.
admit = إدخال المتصل
start-call = بدء المكالمة
legal-private = مكالمة قانونية — خاصة (DSO §9). ابقَ بعيداً عن النظر والسمع، ولا تراقبها.
video-self = فيديو المحتجز نفسه
video-waiting = جارٍ توصيل الفيديو…
end-call-label = إنهاء المكالمة
end-call-finished = انتهت المكالمة
end-call-reason = إنهاء المكالمة بسبب:
call-ended = انتهت المكالمة.
call-terminated-referred = انتهت المكالمة. أُحيلت إلى فريق الأمن (DSO §12): اكتب ما رأيته.
incident-lead = يُحفظ على هذا الجهاز أولاً، ثم يُرسل إلى فريق الأمن للمراجعة.
incident-category = ما نوع الحادثة؟
incident-account = ماذا حدث، ومن كان معنياً
incident-save = حفظ التقرير
incident-category-needed = اختر نوع الحادثة.
incident-saved-sent = حُفظ التقرير وأُرسل إلى فريق الأمن.
incident-saved-offline = لا توجد شبكة — التقرير محفوظ وسيُرسل إلى فريق الأمن.
notice-title = إشعار الإيقاف (DSO §17)
notice-heading = مكالمات الفيديو الخاصة بك موقوفة
notice-appeal = يمكنك تقديم استئناف كتابي إلى مدير المركز مع ذكر أسبابك. يُتخذ القرار خلال 48 ساعة (12 ساعة إذا كانت لديك تعليمات ترحيل).
notice-legal = ما زال بإمكانك التواصل مع مستشارك القانوني بطريقة أخرى أثناء الإيقاف.
notice-record-given = سجّل أن الإشعار قد أُعطي
notice-given-recorded = سُجّل أن الإشعار الكتابي قد أُعطي.
suspension-unknown = هذا الإيقاف غير موجود على هذا الجهاز. زامن الآن.
call-phase-booked = محجوزة
call-phase-checked-in = المحتجز حاضر — التحقق من البلوغ هو التالي
call-phase-adult-checked = تم التحقق من البلوغ — المتصل ينتظر
call-phase-admitted = أُدخل المتصل
call-phase-in-call = في مكالمة
call-phase-cancelled = أُلغيت
ended-completed = اكتملت
ended-slot-ended = انتهى الوقت
ended-technical-failure = عطل تقني (يمكن إعادة الحجز)
ended-caller-did-not-join = لم ينضم المتصل
ended-recipient-not-adult = المتلقي الرئيسي ليس بالغاً (DSO §8)
terminated-recording = تسجيل المكالمة (§12)
terminated-inappropriate-dress = لباس غير لائق (§11)
terminated-abusive-language = لغة بذيئة أو مسيئة
terminated-sexualised-behaviour = سلوك ذو طابع جنسي
terminated-inappropriate-behaviour = سلوك آخر غير لائق
terminated-offensive-material = مواد غير قانونية أو مسيئة
terminated-unlawful-activity = نشاط غير قانوني
terminated-security-risk = خطر على أمن المركز (§11)
terminated-concern-for-recipient = قلق على المتلقي (§19)
incident-recipient-safety = سلامة المتلقي
incident-nature-of-call = طبيعة المكالمة
incident-recording = تسجيل المكالمة
incident-breach-of-terms = مخالفة شروط الاستخدام
incident-security-risk = خطر على الأمن
incident-other = أمر آخر
suspended-for-security = أمن المركز
suspended-for-safety = سلامة شخص ما
suspended-for-breach = مخالفة اتفاق مكالمات الفيديو
legal-method-telephone = المكالمات الهاتفية
legal-method-legal-visit = الزيارات القانونية
legal-method-correspondence = البريد الإلكتروني أو الفاكس

# The call engine on the call screen (staff).
call-end-no-caller = المتصل لم ينضم — أنهِ المكالمة
call-cannot-connect = لا يمكن توصيل فيديو المكالمة: لا توجد شبكة إلى خادم المركز. يواصل الجهاز اللوحي المحاولة تلقائياً حتى ينتهي وقت الموعد. ما زالت الخطوات تُسجَّل. إذا لم يتصل، أنهِ المكالمة كعطل فني: يمكن للمحتجز الحجز مرة أخرى دون تكلفة.
call-tablet-refused = رفض خادم المركز هذا الجهاز اللوحي، لذا لا يمكن توصيل فيديو المكالمة. اطلب من مسؤول الإدارة التحقق من تسجيل الجهاز اللوحي. ما زالت الخطوات تُسجَّل؛ أنهِ المكالمة كعطل فني: يمكن للمحتجز الحجز مرة أخرى دون تكلفة.
call-not-on-server = لا يمكن توصيل فيديو المكالمة بعد: هذه المكالمة غير موجودة على خادم المركز (حُجزت على هذا الجهاز ولم تُرسَل إليه بعد، أو أُلغيت هناك). اضغط على "زامن الآن": تتصل المكالمة من تلقاء نفسها حين يستلمها الخادم. إذا لم تتصل، أنهِ المكالمة كعطل فني: يمكن للمحتجز الحجز مرة أخرى دون تكلفة.
call-certificate-untrusted = لا يمكن توصيل فيديو المكالمة: الجهاز اللوحي لا يثق بشهادة خادم المركز. راجع مسؤول الإدارة. ما زالت الخطوات تُسجَّل؛ أنهِ المكالمة كعطل فني: يمكن للمحتجز الحجز مرة أخرى دون تكلفة.
call-ends-soon = بقيت دقيقة واحدة: تنتهي المكالمة عند انتهاء الموعد.
call-recovered = عاد الاتصال.
call-media-failed = فشل اتصال المكالمة. تنتهي كعطل فني: يمكن للمحتجز الحجز مرة أخرى دون تكلفة.
call-ended-slot = انتهت المكالمة: انتهى وقت الموعد.
call-ended-failure = انتهت المكالمة: انقطع الاتصال ولم يعد. سُجّلت كعطل فني: يمكن للمحتجز الحجز مرة أخرى دون تكلفة.
call-ended-no-caller = انتهت المكالمة: المتصل لم ينضم.
call-no-camera = لا توجد كاميرا تعمل في هذا الجهاز اللوحي: يرى المتصل صورة اختبار.
call-no-microphone = لا يوجد ميكروفون يعمل في هذا الجهاز اللوحي: لا يسمع المتصل المحتجز.

## Rulebook refusals (RuleViolation::message_id); $paragraph is the order's reference, kept as it is
refusal-service-under-seven-hours = { $paragraph }: يجب أن تكون خدمة مكالمات الفيديو مفتوحة 7 ساعات على الأقل كل يوم، لكنها في { $date } ستكون مفتوحة { $minutes } دقيقة فقط. أضف ساعات عمل لذلك اليوم.
refusal-bad-opening-window = { $paragraph }: فترة العمل { $start }–{ $end } غير صالحة (يجب أن تنتهي بعد أن تبدأ، وألا تتداخل فترات اليوم الواحد). صحّح الأوقات.
refusal-slot-length = { $paragraph }: مدة فترة المكالمة بين 30 و60 دقيقة، وليست { $minutes }. اختر مدة من 30 إلى 60.
refusal-slot-outside-opening-hours = { $paragraph }: هذه الفترة خارج ساعات عمل خدمة مكالمات الفيديو. اختر فترة من قائمة اليوم.
refusal-slot-full = { $paragraph }: كل نقاط الاتصال مشغولة في هذه الفترة. اختر فترة أخرى؛ ما زال بالإمكان حجز المكالمات القانونية فيها.
refusal-adult-check-missing = { $paragraph }: لا يمكن أن تبدأ المكالمة حتى يرى موظف (DCO) المتلقي الرئيسي ويسجّل أنه بالغ. قم بالتحقق بالنظر أولاً.
refusal-recipient-not-adult = { $paragraph }: لم يُؤكَّد أن المتلقي الرئيسي بالغ، لذلك لا يمكن أن تتم المكالمة. أنهِها واطلب من المتصل أن يعاود الاتصال بحضور شخص بالغ.
refusal-legal-call-is-private = { $paragraph }: المكالمات القانونية خاصة؛ لا يراقبها أي موظف. المراقبة متوقفة لهذه المكالمة.
refusal-compact-not-signed = { $paragraph }: لم يوقّع المحتجز على الاتفاق الحالي للمركز (النسخة { $current }). راجع الاتفاق معه واطلب منه توقيعه أولاً.
refusal-no-compact-published = { $paragraph }: لم ينشر المركز اتفاقاً بعد. اطلب من مسؤول إدارة المركز نشر اتفاق.
refusal-compact-version-not-current = { $paragraph }: النسخة { $given } من الاتفاق ليست النسخة الحالية للمركز ({ $current }). اعرض النسخة الحالية.
refusal-compact-not-explained = { $paragraph }: لم يُقرأ الاتفاق ولم يُشرح للمحتجز بلغة يفهمها. شغّله بلغته، أو استعن بمترجم وسجّل رقمه المرجعي.
refusal-signature-missing = { $paragraph }: لم يوقّع المحتجز بعد. اطلب منه أن يوقّع بإصبعه في المربع.
refusal-compact-audio-incomplete = { $paragraph }: لم يُشغَّل الاتفاق حتى النهاية. شغّل الباقي، أو اشرحه عن طريق مترجم.
refusal-language-not-understood = { $paragraph }: المحتجز لا يفهم هذه اللغة: { $language }. استخدم لغة يفهمها، أو مترجماً.
refusal-interpreter-reference-missing = { $paragraph }: سجّل الرقم المرجعي للمترجم (رقم الحجز أو البطاقة) حتى يمكن التحقق من الشرح.
refusal-risk-assessment-required = { $paragraph }: المحتجز خاضع لإجراء ({ $measure })؛ لا يمكنه إجراء مكالمات فيديو إلا بعد تسجيل تقييم فردي للمخاطر يسمح بذلك. اطلب تقييماً من قسم الأمن.
refusal-risk-assessment-refused = { $paragraph }: المحتجز خاضع لإجراء ({ $measure })، وتقييم المخاطر الفردي { $reference } بتاريخ { $date } لا يسمح بمكالمات الفيديو. لا يمكنه إجراء مكالمات فيديو إلا بعد أن يسمح بذلك تقييم جديد. اطلب من قسم الأمن مراجعته.
refusal-suspended = { $paragraph }: وصول المحتجز إلى مكالمات الفيديو موقوف. يبقى له الوصول إلى المشورة القانونية بطرق أخرى (§18)؛ انظر إشعار الإيقاف.
refusal-not-permitted = { $paragraph }: هذا الدور ({ $role }) لا يسمح بهذا الإجراء ({ $action }). اطلب ذلك من موظف يسمح له دوره.
refusal-suspension-without-video-call-evidence = { $paragraph }: الإيقاف بسبب مخالفة سياسة الاستخدام يجب أن يستند إلى أدلة من مكالمات الفيديو (تقرير حادثة أو مكالمة أُنهيت لهذا المحتجز). لا يجوز أن يكون الإيقاف عقوبة على مخالفات أخرى.
refusal-suspension-as-sanction = { $paragraph }: أكّد أن هذا الإيقاف ليس عقوبة على عدم امتثال أوسع؛ لا يجوز أن يستند إلا إلى استخدام خدمة مكالمات الفيديو.
refusal-suspension-without-security-report = { $paragraph }: يجب أن يذكر الإيقاف لأسباب أمنية مرجع تقرير المعلومات الأمنية الذي يستند إليه (DSO 11/2014).
refusal-suspension-without-safety-concern = { $paragraph }: يجب أن يستشهد الإيقاف لأسباب تتعلق بالسلامة بمخاوف سلامة مسجلة بشأن إحدى مكالمات هذا المحتجز: تقرير حادث عن سلامة المتلقي أو طبيعة المكالمة، أو مكالمة أُنهيت خوفاً على المتلقي.
refusal-suspension-reasons-missing = { $paragraph }: اكتب أسباب الإيقاف؛ يُبلَّغ المحتجز بها كتابةً.
refusal-notice-language = { $paragraph }: يجب أن يكون الإشعار الكتابي بلغة يفهمها المحتجز ({ $language } ليست من لغاته). أعطِ الإشعار بلغته.
refusal-appeal-already-decided = { $paragraph }: تم البت في هذا الطعن من قبل.
refusal-appeal-reasons-missing = { $paragraph }: الطعن يقدّم أسباب المحتجز كتابةً. اكتبها.
refusal-authorisation-not-needed = { $paragraph }: الإذن مطلوب فقط لإيقاف يزيد على أسبوع، ولا يمنحه إلا مدير الامتثال (Compliance Manager).
refusal-not-found = { $paragraph }: غير موجود أو مغلق من قبل: { $what }. حدّث الصفحة وحاول مرة أخرى.
refusal-out-of-order = { $paragraph }: لا يمكن تنفيذ هذه الخطوة الآن: { $attempted } (حالة المكالمة: { $state }). اتبع الخطوات بالترتيب.
refusal-text-length = { $paragraph }: يجب أن يحتوي الحقل "{ $field }" على 1 إلى { $max } حرفاً. املأه أو اختصره.
refusal-out-of-range = { $paragraph }: "{ $field }" خارج النطاق المسموح ({ $limit }). تحقق من القيمة ومن تاريخ الجهاز اللوحي ووقته.
refusal-room-name-taken = { $paragraph }: توجد بالفعل غرفة نشطة باسم "{ $name }". أعطِ الغرفة الجديدة اسماً آخر، أو أوقف القديمة أولاً.
refusal-room-capacity = { $paragraph }: تتسع الغرفة من 1 إلى { $max } مكالمة في وقت واحد، وليس { $capacity }. اختر رقماً ضمن هذا المدى.
refusal-room-not-active = { $paragraph }: الغرفة "{ $name }" موقوفة عن الاستخدام؛ لا يمكن وضع أي مكالمة فيها. اختر غرفة نشطة.
refusal-room-full = { $paragraph }: الغرفة "{ $name }" ممتلئة في هذه الفترة. اختر غرفة أو فترة أخرى.
record-storage-failed = تعذّر على الجهاز حفظ هذا ({ $detail }). لم يُسجَّل شيء: حاول مرة أخرى، وإذا استمر الفشل فاستخدم جهازاً آخر وأبلغ الدعم التقني في المركز.

## Read-aloud: the tablet cannot play sound (ReadFailure::NoSound), as opposed to no voice
compact-no-sound = لا يستطيع هذا الجهاز تشغيل الصوت. اقرأ القواعد على الشاشة أو استعن بمترجم، وأخبر الموظفين ليفحصوا مكبّر الصوت أو السماعات.

## Tablet screens: one message per sentence, with its values as variables (never joined from pieces)
sync-waiting-count = { $count ->
    [one] سجل واحد ينتظر الإرسال
    [two] سجلان ينتظران الإرسال
    [few] { $count } سجلات تنتظر الإرسال
    [many] { $count } سجلاً تنتظر الإرسال
   *[other] { $count } سجل ينتظر الإرسال
}
sync-last-at = آخر مزامنة { $time }
locked-lead-name = أُقفل بعد 3 دقائق دون استخدام. اكتب الرقم السري الخاص بـ { $name }.
today-title-date = اليوم — { $date }
slot-label-at = مكالمات الساعة { $time }
open-call-for = فتح المكالمة: { $name }
waiting-displaced-caller = { $caller } — نُقل إلى قائمة الانتظار بسبب مكالمة قانونية (DSO §9)
room-number = الغرفة { $room }
detainee-ids = { $number } · الغرفة { $room }
compact-signed-version = موقَّع: النسخة { $version } — { $language }
compact-old-version-needs = وقّع على نسخة أقدم، { $version }. يجب أن يوقّع على النسخة { $current } (DSO §10).
compact-not-signed-version = غير موقَّع. يجب أن يوقّع على النسخة { $current } (DSO §10).
risk-allows-reference = تم، ويسمح بمكالمات الفيديو. المرجع { $reference }
risk-needed-measure = مطلوب قبل أي مكالمة: خاضع لـ { $measure } (DSO §14).
suspended-because = موقوف — { $reason } (DSO §17)
suspended-until-date = حتى { $until }
suspended-until-further-notice = حتى إشعار آخر
appeal-waiting-until = الاستئناف: بانتظار القرار، في موعد أقصاه { $time } (DSO §18)
appeal-was-dismissed = الاستئناف: رُفض (DSO §18)
appeal-none-lodged = الاستئناف: لم يُقدَّم (DSO §18)
legal-access-by = وسيلة بديلة للتواصل القانوني: { $method } (DSO §18)
legal-access-not-arranged = وسيلة بديلة للتواصل القانوني: لم تُرتَّب — أبلغ المدير (DSO §18)
notice-given-in-language = أُعطي الإشعار الكتابي باللغة: { $language }
compact-no-translation-in = { $language }: لا توجد ترجمة للاتفاق. استعن بمترجم وسجّل مرجعه (DSO §15).
replay-sentence-number = أعد قراءة الجملة { $number }
notice-reason-is = السبب: { $reason }.
notice-language-is = أعطِ هذا الإشعار باللغة: { $language }
call-phase-ended-because = انتهت: { $reason }
call-phase-terminated-because = أنهاها الموظف: { $reason }
call-cancelled-by-centre = ألغى المركز هذا الحجز، لذا انتهت المكالمة. زامِن الآن لمعرفة السبب.
sync-parked-count = رفضها خادم المركز: { $count }. أبلغ دعم تقنية المعلومات في المركز.
sync-clock-off = ساعة هذا الجهاز اللوحي تختلف عن ساعة المركز بمقدار { $minutes } دقيقة. يستخدم Kinline وقت المركز؛ اطلب من الدعم الفني ضبط تاريخ الجهاز ووقته.
call-title-name = المكالمة: { $name }
caller-named = المتصل: { $caller }
video-caller-named = فيديو المتصل: { $caller }
call-minutes-left = { $minutes ->
    [one] بقيت دقيقة واحدة
    [two] بقيت دقيقتان
    [few] بقيت { $minutes } دقائق
   *[other] بقيت { $minutes } دقيقة
}
compact-other-languages = لغات أخرى
compact-other-languages-lead = ليست في ملف المحتجز. يمكن للمحتجز قراءة الاتفاق بأي منها؛ وللتوقيع بإحداها يضيفها مدير أولاً إلى ملفه (DSO §15). وإلا فاستعن بمترجم.
# $reason (String) - the reason the DCO tapped to end the call
end-call-confirm-reason = هل تريد إنهاء المكالمة بسبب: { $reason }؟ ستُحال إلى فريق الأمن.
end-call-confirm = نعم، أنهِ المكالمة
end-call-go-back = لا، عُد إلى المكالمة
# $time (String) - the slot's start, London; $kind (String) - social or legal call; $name (String) - the detainee
incident-about-call = بخصوص المكالمة في { $time } — { $kind } — { $name }
# $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time; $opens (String) - the earliest check-in, London time
refusal-outside-slot = { $paragraph }: موعد هذه المكالمة من { $begins } إلى { $ends }. يمكن تسجيل الحضور لها من { $opens }، ولا يمكن توصيلها إلا خلال موعدها. عُد في موعدها.
# $kind (String) - social or legal call; $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time
call-slot-kind = { $kind }: من { $begins } إلى { $ends }

## Booking a call with a detainee, cancelling one (DSO §7, §9)

book-call = احجز مكالمة
booking-title = احجز مكالمة لـ { $name }
booking-show-in = اعرض هذه الشاشة بلغة
booking-kind = نوع المكالمة
booking-when = اليوم والوقت
booking-day = اليوم
booking-time = الأوقات المتاحة
booking-no-free-slots = لا يوجد وقت متاح في الأيام الـ { $days } القادمة. اسأل مدير المركز عن قائمة الانتظار.
booking-slot-displaces = تأخذ مكان مكالمة اجتماعية (DSO §9)
booking-caller = المتصل
booking-caller-name = اسم المتصل
booking-relationship = صلة القرابة بالمحتجز
booking-address-hint = أدخل بريدًا إلكترونيًا أو رقم هاتف محمول أو كليهما: تُرسل الدعوة إليه.
booking-email = البريد الإلكتروني
booking-mobile = رقم الهاتف المحمول
booking-invitation-language = لغة الدعوة
booking-confirm = احجز هذه المكالمة
booking-back = رجوع دون حجز
booking-choose-slot = اختر يومًا ووقتًا متاحًا أولًا.
booking-next-free = الأوقات المتاحة التالية:
booking-done = تم الحجز: { $day } { $time }، { $caller }. سيرسل المركز الدعوة.
booking-done-displaced = نُقلت مكالمة اجتماعية في هذا الموعد إلى قائمة الانتظار (DSO §9)؛ سيعرض المركز على صاحبها وقتًا آخر.
contact-error-name = اكتب اسم المتصل (بحد أقصى { $max } حرفًا).
contact-error-relationship = اكتب صلة المتصل بالمحتجز (بحد أقصى { $max } حرفًا).
contact-error-no-address = أدخل بريدًا إلكترونيًا أو رقم هاتف محمول: تُرسل الدعوة إليه.
contact-error-email = لا يمكن إرسال بريد إلى هذا العنوان. تحقق منه (مثلًا name@example.org).
contact-error-mobile = لا يمكن إرسال رسالة نصية إلى هذا الرقم. اكتب من 7 إلى 15 رقمًا مع رمز البلد، أو رقمًا بريطانيًا يبدأ بـ 0.
contact-error-language = اختر إحدى لغات صفحة المتصل.
cancel-call = إلغاء
cancel-call-at = إلغاء المكالمة في { $time }
cancel-title = إلغاء مكالمة
cancel-which = المكالمة في { $time } مع { $caller }.
cancel-reason = لماذا تُلغى؟
cancel-reason-caller = طلب المتصل ذلك
cancel-reason-detainee = طلب المحتجز ذلك
cancel-reason-technical = عطل تقني
cancel-reason-other = سبب آخر
cancel-confirm = ألغِ المكالمة
cancel-and-rebook = ألغِ واحجز من جديد
cancel-keep = أبقِ المكالمة
cancel-reason-needed = اختر سبب الإلغاء أولًا.
cancel-done = أُلغيت المكالمة في { $time }.
rebook-retype-address = اكتب البريد الإلكتروني للمتصل أو رقم هاتفه المحمول مرة أخرى، ثم احجز.
rebook = احجز من جديد دون مقابل
