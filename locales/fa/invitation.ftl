### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: fa (Persian, فارسی)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = تماس تصویری رزرو شد: { $when }
msg-subject-reminder = یادآوری: تماس تصویری در { $when }
msg-subject-cancellation = تماس تصویری لغو شد: { $when }
msg-subject-displacement = تماس تصویری انجام نمی‌شود: { $when }
msg-invitation-intro = شما به یک تماس تصویری با فردی که در مرکز اخراج مهاجران نگهداری می‌شود دعوت شده‌اید.
msg-reminder-intro = تماس تصویری شما با فردی که در مرکز اخراج مهاجران نگهداری می‌شود به‌زودی آغاز می‌شود.
msg-when = تاریخ و ساعت (به وقت بریتانیا): از { $when } تا { $end }.
msg-kind-social = این یک تماس اجتماعی است.
msg-kind-legal = این یک تماس حقوقی است.
msg-link = با این پیوند در هر مرورگر وب وارد شوید:
msg-code = کد تماس شما: { $code }
msg-camera = مرورگر شما اجازهٔ استفاده از دوربین و میکروفون را می‌خواهد: لطفاً هر دو را مجاز کنید.
msg-adult = پیش از شروع تماس، یک مأمور بررسی می‌کند که یک فرد بزرگسال حاضر باشد.
msg-legal-private = تماس حقوقی خصوصی است: کارکنان آن را نمی‌بینند و نمی‌شنوند.
msg-social-supervised = کارکنان ممکن است بر تماس اجتماعی نظارت کنند؛ حریم خصوصی شما تا حد امکان رعایت می‌شود.
msg-no-record = تماس را ضبط نکنید.
msg-cancelled = تماس تصویری رزروشده برای { $when } لغو شد. پیوند دیگر کار نمی‌کند.
msg-displaced = تماس تصویری رزروشده برای { $when } انجام نمی‌شود: یک تماس حقوقی به این نوبت نیاز دارد.
msg-next-free = نخستین زمان آزاد بعدی { $next } است. فردی که قرار بود با او تماس بگیرید می‌تواند آن را نزد یک مأمور رزرو کند.
msg-no-free = فردی که قرار بود با او تماس بگیرید می‌تواند زمان دیگری را نزد یک مأمور رزرو کند.
msg-footer = این پیام به‌طور خودکار از سوی خدمات تماس تصویری مرکز فرستاده شده است. لطفاً پاسخ ندهید.
