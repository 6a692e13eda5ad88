### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: ar (Arabic, العربية)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = تم حجز مكالمة فيديو: { $when }
msg-subject-reminder = تذكير: مكالمة فيديو في { $when }
msg-subject-cancellation = أُلغيت مكالمة الفيديو: { $when }
msg-subject-displacement = لا يمكن إجراء مكالمة الفيديو: { $when }
msg-invitation-intro = أنت مدعو إلى مكالمة فيديو مع شخص محتجز في مركز ترحيل المهاجرين.
msg-reminder-intro = تبدأ قريبًا مكالمة الفيديو الخاصة بك مع شخص محتجز في مركز ترحيل المهاجرين.
msg-when = التاريخ والوقت (بتوقيت المملكة المتحدة): من { $when } إلى { $end }.
msg-kind-social = هذه مكالمة اجتماعية.
msg-kind-legal = هذه مكالمة قانونية.
msg-link = انضم عبر هذا الرابط من أي متصفح إنترنت:
msg-code = رمز مكالمتك: { $code }
msg-camera = سيطلب متصفحك استخدام الكاميرا والميكروفون: يُرجى السماح بكليهما.
msg-adult = قبل بدء المكالمة، يتحقق أحد الموظفين من وجود شخص بالغ.
msg-legal-private = المكالمة القانونية خاصة: لا يشاهدها الموظفون ولا يستمعون إليها.
msg-social-supervised = قد يشرف الموظفون على المكالمة الاجتماعية؛ وتُحترم خصوصيتك قدر الإمكان.
msg-no-record = لا تسجّل المكالمة.
msg-cancelled = أُلغيت مكالمة الفيديو المحجوزة في { $when }. لم يعد الرابط يعمل.
msg-displaced = لا يمكن إجراء مكالمة الفيديو المحجوزة في { $when }: مكالمة قانونية تحتاج إلى موعدها.
msg-next-free = الموعد المتاح التالي هو { $next }. يمكن للشخص الذي كنت ستتصل به حجزه مع أحد الموظفين.
msg-no-free = يمكن للشخص الذي كنت ستتصل به حجز موعد آخر مع أحد الموظفين.
msg-footer = أُرسلت هذه الرسالة تلقائيًا من خدمة مكالمات الفيديو في المركز. يُرجى عدم الرد.
