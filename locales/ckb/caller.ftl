### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: ckb (Kurdish (Sorani), کوردیی ناوەندی)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = پەیوەندیی ڤیدیۆیی
join-legal = ئەمە پەیوەندییەکی یاساییە: کارمەندان سەیری ناکەن.
join-starting = کامێراکەت دەکرێتەوە…
join-no-camera = کامێرا یان مایکرۆفۆنەکەت نەکرایەوە. ڕێگەیان پێ بدە و ئەم پەڕەیە دووبارە باربکەرەوە.
join-waiting = تکایە چاوەڕێ بە: فەرمانبەرێک بەم زووانە دەتپشکنێت و ڕێگەت پێدەدات بێیتە ژوورەوە.
join-connecting = پەیوەندی دەکرێت…
join-in-call = پەیوەندیت کرا.
join-warning = پەیوەندییەکە لە ماوەی یەک خولەکدا کۆتایی دێت.
join-reconnecting = پەیوەندییەکە پچڕا. دووبارە پەیوەندی دەکرێتەوە…
join-no-route = هیچ پەیوەندییەک لەم وێبگەڕەوە دروست نەکرا. پەیوەندیی ئینتەرنێتەکەت بپشکنە، پاشان ئەم پەڕەیە دووبارە باربکەرەوە.
join-peer-left = پەیوەندیی لایەنەکەی تر پچڕا. چاوەڕێ دەکرێت…
join-ended-completed = پەیوەندییەکە کۆتایی هات.
join-ended-slot-ended = پەیوەندییەکە کۆتایی هات: کاتەکەی تەواو بوو.
join-ended-terminated = فەرمانبەرەکە پەیوەندییەکەی کۆتایی پێهێنا.
join-ended-technical-failure = پەیوەندییەکە بەهۆی پچڕانی هێڵەوە کۆتایی هات. دەتوانرێت بەبێ تێچوون دووبارە حیجز بکرێتەوە.
join-ended-not-admitted = پەیوەندییەکە ئەنجام نەدرا.
join-unknown = ئەم بەستەرە دروست نییە یان پەیوەندییەکە کۆتایی هاتووە.
join-in-use = کەسێک پێشتر بەم بەستەرە لەم پەیوەندییەدایە. تەنها یەک کەس دەتوانێت بەشداربێت؛ ئەگەر تۆ بوویت، پەنجەرەکەی تر دابخە.
join-hang-up = داخستن
join-no-record = ئەم پەیوەندییە تۆمار مەکە. ناوەندەکە تەنها بەروار، کات و ماوەکەی هەڵدەگرێت.
join-language = زمان
refused-unknown = ئەم بەستەرە دروست نییە. ئەو بەستەرە بپشکنە کە بۆت نێردراوە.
refused-cancelled = ئەم پەیوەندییە هەڵوەشێنرایەوە.
refused-over = ئەم پەیوەندییە پێشتر ئەنجام دراوە.
refused-past = کاتی ئەم پەیوەندییە تێپەڕیوە.
