### Kinline — the tablet app and the caller's page: interface strings
### language: ps (Pashto, پښتو)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = په توقیف کې د خلکو لپاره ویډیويي اړیکې
signin-title = ننوتل
signin-staff-number = د کارمند شمېره
signin-pin = پټ نمبر
signin-button = ننوځه
signin-offline-note = که مخکې مو په دې ټابلیټ ننوتي یاست، پرته له شبکې ننوتلای شئ.
signin-error-unknown = دا د کارمند شمېره په دې ټابلیټ کې نه پېژندل کېږي. وې ګورئ، یا له شبکې سره وصل شئ چې ټابلیټ تازه شي.
signin-error-pin = پټ نمبر سم نه دی. بیا هڅه وکړئ.
signin-error-locked = ډېر غلط پټ نمبرونه. له مدیر څخه وغواړئ چې حساب مو خلاص کړي.
signout-button = وتل
today-title = د نن ورځې اړیکې
today-count = { $count ->
    [one] { $count } اړیکه بک شوې
   *[other] { $count } اړیکې بک شوې
}
today-empty = د نن لپاره هېڅ اړیکه بک شوې نه ده.
today-row = { $time } — { $name }
call-kind-social = ټولنیزه اړیکه
call-kind-legal = حقوقي اړیکه
today-open-session = ناسته پرانیزئ
today-new-booking = نوې بکینګ
session-title = د توقیف شوي ناسته
session-for = د { $name } لپاره ناسته
session-compact-needed = د هرې ویډیويي اړیکې نه مخکې باید تړون لاسلیک شي.
session-compact-signed = تړون لاسلیک شو
session-suspended = د دې کس لپاره ویډیويي اړیکې ځنډول شوې دي.
session-start-call = اړیکه پیل کړئ
session-hand-back = ټابلیټ افسر ته بېرته ورکړئ
compact-screen-title = ویډیويي اړیکې: قواعد
compact-choose-language = هغه ژبه وټاکئ چې په هغې قواعد ولولئ او واورئ
compact-read-aloud = په لوړ غږ لوستل
compact-stop-reading = لوستل ودروئ
compact-reading = په لوړ غږ لوستل کېږي…
compact-no-voice = په دې ټابلیټ کې د دې ژبې لپاره غږ نشته. د قواعدو د تشریح لپاره له ژباړونکي کار واخلئ.
compact-not-offered = قواعد په دې ژبه نشته. د تشریح لپاره یې له ژباړونکي کار واخلئ.
compact-not-reviewed = دا ژباړه د یوه وړ ژباړونکي لخوا نه ده کتل شوې.
compact-not-reviewed-dco = دا ژباړه نه ده کتل شوې. ډاډ ترلاسه کړئ چې توقیف شوي پوه شوی، او ثبت کړئ چې څنګه.
compact-confirm-how = پوهېدل څنګه تایید شول؟
compact-confirm-read = هغه یې په پرده په داسې ژبه ولوستل چې ښه یې لولي
compact-confirm-audio = تر پایه یې په لوړ غږ لوستل واورېدل
compact-confirm-interpreter = ژباړونکي تشریح کړل
compact-interpreter-reference = د ژباړونکي د بکینګ یا کارت شمېره
compact-understood = زه په قواعدو پوه شوم
compact-ask-question = زه یوه پوښتنه لرم
compact-version = نسخه { $version }
signature-title = دلته لاسلیک وکړئ
signature-instructions = د بکس دننه په ګوتې لاسلیک وکړئ.
signature-clear = پاک کړئ
signature-confirm = لاسلیک تایید کړئ
signature-witness = افسره: تایید کړئ چې تاسو ولیدل توقیف شوي لاسلیک وکړ.
signature-witness-button = زه د دې لاسلیک شاهد وم
signature-saved = لاسلیک خوندي شو.
call-title = ویډیويي اړیکه
call-waiting = د زنګ وهونکي د راتګ انتظار…
call-caller-joined = زنګ وهونکی ورګډ شو.
call-check-adult = د منلو نه مخکې وګورئ چې زنګ وهل شوی کس لوی دی.
call-admit = زنګ وهونکی ومنئ
call-refuse-not-adult = لوی نه دی — مه یې منئ
call-mute = غږ بند کړئ
call-unmute = غږ خلاص کړئ
call-camera-off = کمره بنده کړئ
call-camera-on = کمره چالانه کړئ
call-end = اړیکه پای ته ورسوئ
call-time-left = { $minutes ->
    [one] { $minutes } دقیقه پاتې ده
   *[other] { $minutes } دقیقې پاتې دي
}
call-reconnecting = اړیکه پرې شوه. بیا وصلېږي…
call-legal-unsupervised = حقوقي اړیکه: له لیدلو څارنې پرته.
end-title = اړیکه پای ته ورسوئ
end-choose-reason = اړیکه ولې پای ته رسېږي؟
end-reason-recording = د اړیکې ثبتول یا خپرول
end-reason-inappropriate-dress = نامناسبه جامې
end-reason-abusive-language = ناوړه یا سپکې خبرې
end-reason-sexualised-behaviour = جنسي چلند
end-reason-inappropriate-behaviour = نور نامناسب چلند
end-reason-offensive-material = د غیرقانوني یا سپکو موادو ښودل
end-reason-unlawful-activity = غیرقانوني فعالیت
end-reason-security-risk = د مرکز امنیت ته خطر
end-reason-concern-for-recipient = د اړیکې یا د زنګ وهونکي د خوندیتوب په اړه اندېښنه
end-confirm = اوس اړیکه پای ته ورسوئ
end-referral-note = راپور د امنیت څانګې ته لېږل کېږي.
incident-title = د پېښې راپور
incident-what-happened = څه وشول
incident-when = کله
incident-who-involved = څوک پکې شامل وو
incident-submit = راپور ولېږئ
incident-saved = راپور خوندي شو. کله چې ټابلیټ آنلاین شي، لېږل کېږي.
suspension-title = خبرتیا: ویډیويي اړیکې وځنډول شوې
suspension-body = { $name }، ویډیويي اړیکو ته ستاسو لاسرسی له { $from } څخه تر { $until } پورې ځنډول شوی دی.
suspension-reasons = لاملونه دا دي: { $reasons }.
suspension-reason-security = د مرکز د امنیت لپاره
suspension-reason-safety = د یو چا د خوندیتوب لپاره
suspension-reason-breach = د ویډیويي اړیکو د قواعدو ماتول
suspension-appeal = تاسو کولای شئ پر دې پرېکړې اعتراض وکړئ. ستاسو پر اعتراض به په { $hours } ساعتونو کې پرېکړه وشي.
suspension-legal-access = تاسو لا هم کولای شئ په نورو لارو له خپل حقوقي سلاکار سره اړیکه ونیسئ.
suspension-review = دا ځنډول به په { $date } وکتل شي.
language-title = ژبه
language-choose = یوه ژبه وټاکئ
language-option = { $native } — { $english }
sync-online = آنلاین
sync-offline = آفلاین — ستاسو کار په دې ټابلیټ کې خوندي دی
sync-pending = { $count ->
    [one] { $count } ریکارډ د لېږلو په تمه دی
   *[other] { $count } ریکارډونه د لېږلو په تمه دي
}
sync-last = وروستی ځل په { $time } ولېږل شو
sync-now = اوس یې ولېږئ
sync-failed = د مرکز سرور ته ونه رسېدو. ستاسو کار خوندي دی؛ وروسته به ولېږل شي.
error-network = شبکه نشته. ستاسو کار خوندي دی او وروسته به ولېږل شي.
error-camera = کمره کار نه کوي. وګورئ چې بل اپ یې نه کاروي.
error-microphone = مایکروفون کار نه کوي. وګورئ چې غږ یې بند نه وي.
error-storage = ټابلیټ نږدې ډک دی. مدیر ته ووایئ.
error-try-again = یوه ستونزه پېښه شوه. بیا هڅه وکړئ.
caller-title = ویډیويي اړیکې ته ورګډ شئ
caller-code = د ګډون کوډ
caller-code-help = هغه کوډ ولیکئ چې د اړیکې د بکولو پر مهال درکړل شوی و.
caller-join = ګډون وکړئ
caller-code-wrong = دا کوډ سم نه دی، یا اړیکه لا نه ده پیل شوې. کوډ او وخت وګورئ.
caller-camera-preview = ستاسو کمره
caller-allow-camera = دې پاڼې ته اجازه ورکړئ چې ستاسو کمره او مایکروفون وکاروي.
caller-adult-notice = افسر به د ننوتلو نه مخکې وګوري چې تاسو لوی یاست.
caller-waiting = د افسر د اجازې انتظار…
caller-recording-forbidden = دا اړیکه په هېڅ ډول مه ثبتوئ.
caller-call-ended = اړیکه پای ته ورسېده.
caller-ended-by-officer = افسر اړیکه پای ته ورسوله.
caller-leave = له اړیکې ووځئ
