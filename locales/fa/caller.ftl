### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: fa (Persian, فارسی)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = تماس تصویری
join-legal = این یک تماس حقوقی است: کارکنان آن را تماشا نمی‌کنند.
join-starting = در حال روشن کردن دوربین شما…
join-no-camera = دوربین یا میکروفون شما روشن نشد. اجازه دسترسی بدهید و این صفحه را دوباره بارگیری کنید.
join-waiting = لطفاً صبر کنید: یک مأمور به‌زودی شما را بررسی می‌کند و اجازه ورود می‌دهد.
join-connecting = در حال اتصال…
join-in-call = شما وصل هستید.
join-warning = تماس تا یک دقیقه دیگر تمام می‌شود.
join-reconnecting = ارتباط قطع شد. در حال اتصال دوباره…
join-no-route = هیچ ارتباطی از این مرورگر برقرار نشد. اتصال اینترنت خود را بررسی کنید و سپس این صفحه را دوباره بارگیری کنید.
join-peer-left = ارتباط طرف مقابل قطع شد. در انتظار…
join-ended-completed = تماس پایان یافت.
join-ended-slot-ended = تماس پایان یافت: وقت آن تمام شد.
join-ended-terminated = مأمور تماس را پایان داد.
join-ended-technical-failure = تماس به دلیل قطع ارتباط پایان یافت. می‌توان آن را بدون هزینه دوباره رزرو کرد.
join-ended-not-admitted = تماس انجام نشد.
join-unknown = این پیوند معتبر نیست یا تماس تمام شده است.
join-in-use = کسی از قبل با این پیوند در این تماس است. فقط یک نفر می‌تواند وارد شود؛ اگر خودتان بودید، پنجره دیگر را ببندید.
join-hang-up = قطع تماس
join-no-record = این تماس را ضبط نکنید. مرکز فقط تاریخ، ساعت و مدت آن را نگه می‌دارد.
join-language = زبان
refused-unknown = این پیوند معتبر نیست. پیوندی را که برایتان فرستاده شده بررسی کنید.
refused-cancelled = این تماس لغو شد.
refused-over = این تماس قبلاً انجام شده است.
refused-past = زمان این تماس گذشته است.
