### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: ar (Arabic, العربية)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = مكالمة فيديو
join-legal = هذه مكالمة قانونية: لا يشاهدها الموظفون.
join-starting = جارٍ تشغيل الكاميرا…
join-no-camera = تعذّر تشغيل الكاميرا أو الميكروفون. اسمح باستخدامهما ثم أعد تحميل هذه الصفحة.
join-waiting = يُرجى الانتظار: سيتحقق منك أحد الموظفين ويسمح لك بالدخول قريبًا.
join-connecting = جارٍ الاتصال…
join-in-call = أنت متصل الآن.
join-warning = تنتهي المكالمة بعد دقيقة واحدة.
join-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال…
join-no-route = تعذّر إنشاء اتصال من هذا المتصفح. تحقّق من اتصالك بالإنترنت، ثم أعد تحميل هذه الصفحة.
join-peer-left = فقد الطرف الآخر اتصاله. في الانتظار…
join-ended-completed = انتهت المكالمة.
join-ended-slot-ended = انتهت المكالمة: انتهى الوقت المحدد.
join-ended-terminated = أنهى الموظف المكالمة.
join-ended-technical-failure = انتهت المكالمة بسبب فشل الاتصال. يمكن حجزها مرة أخرى دون أي تكلفة.
join-ended-not-admitted = لم تتم المكالمة.
join-unknown = هذا الرابط غير صالح أو أن المكالمة انتهت.
join-in-use = يوجد شخص آخر في هذه المكالمة بهذا الرابط. يمكن لشخص واحد فقط الانضمام؛ إن كان ذلك أنت، فأغلق النافذة الأخرى.
join-hang-up = إنهاء المكالمة
join-no-record = لا تسجّل هذه المكالمة. لا يحتفظ المركز إلا بتاريخها ووقتها ومدتها.
join-language = اللغة
refused-unknown = هذا الرابط غير صالح. تحقّق من الرابط الذي أُرسل إليك.
refused-cancelled = أُلغيت هذه المكالمة.
refused-over = تمّت هذه المكالمة بالفعل.
refused-past = انقضى موعد هذه المكالمة.
