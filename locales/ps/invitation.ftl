### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: ps (Pashto, پښتو)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = ویډیويي اړیکه بک شوه: { $when }
msg-subject-reminder = یادونه: ویډیويي اړیکه په { $when }
msg-subject-cancellation = ویډیويي اړیکه لغوه شوه: { $when }
msg-subject-displacement = ویډیويي اړیکه نشي ترسره کېدای: { $when }
msg-invitation-intro = تاسو د کډوالو د ایستلو په مرکز کې د ساتل شوي کس سره ویډیويي اړیکې ته رابلل شوي یاست.
msg-reminder-intro = د کډوالو د ایستلو په مرکز کې د ساتل شوي کس سره ستاسو ویډیويي اړیکه ډېر ژر پیلېږي.
msg-when = نېټه او وخت (د بریتانیا وخت): له { $when } څخه تر { $end } پورې.
msg-kind-social = دا یوه ټولنیزه اړیکه ده.
msg-kind-legal = دا یوه حقوقي اړیکه ده.
msg-link = په هر ویب براوزر کې د دې لینک له لارې ګډون وکړئ:
msg-code = ستاسو د اړیکې کوډ: { $code }
msg-camera = ستاسو براوزر به ستاسو د کمرې او مایکروفون د کارولو اجازه وغواړي: مهرباني وکړئ دواړو ته اجازه ورکړئ.
msg-adult = مخکې له دې چې اړیکه پیل شي، یو افسر ګوري چې یو لوی کس حاضر دی.
msg-legal-private = حقوقي اړیکه شخصي ده: کارکوونکي یې نه ګوري او نه یې اوري.
msg-social-supervised = کارکوونکي کولای شي په ټولنیزه اړیکه نظارت وکړي؛ ستاسو محرمیت تر هغه ځایه چې ممکنه وي درناوی کېږي.
msg-no-record = اړیکه مه ثبتوئ.
msg-cancelled = د { $when } لپاره بک شوې ویډیويي اړیکه لغوه شوه. لینک نور کار نه کوي.
msg-displaced = د { $when } لپاره بک شوې ویډیويي اړیکه نشي ترسره کېدای: یوې حقوقي اړیکې ته د هغې ځای اړین دی.
msg-next-free = بل خالي وخت { $next } دی. هغه کس چې تاسو غوښتل اړیکه ورسره ونیسئ کولای شي دا له یو افسر سره بک کړي.
msg-no-free = هغه کس چې تاسو غوښتل اړیکه ورسره ونیسئ کولای شي له یو افسر سره بل وخت بک کړي.
msg-footer = دا پیغام په اتوماتيک ډول د مرکز د ویډیويي اړیکو خدمت لخوا لېږل شوی. مهرباني وکړئ ځواب مه ورکوئ.
