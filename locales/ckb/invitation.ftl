### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: ckb (Kurdish (Sorani), کوردیی ناوەندی)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = پەیوەندیی ڤیدیۆیی حیجز کرا: { $when }
msg-subject-reminder = بیرخستنەوە: پەیوەندیی ڤیدیۆیی لە { $when }
msg-subject-cancellation = پەیوەندیی ڤیدیۆیی هەڵوەشایەوە: { $when }
msg-subject-displacement = پەیوەندیی ڤیدیۆیی ناکرێت: { $when }
msg-invitation-intro = بانگهێشت کراویت بۆ پەیوەندییەکی ڤیدیۆیی لەگەڵ کەسێک کە لە ناوەندی دەرکردنی کۆچبەران ڕاگیراوە.
msg-reminder-intro = پەیوەندیی ڤیدیۆییەکەت لەگەڵ کەسێک کە لە ناوەندی دەرکردنی کۆچبەران ڕاگیراوە بەم زووانە دەست پێدەکات.
msg-when = بەروار و کات (کاتی بەریتانیا): لە { $when } تا { $end }.
msg-kind-social = ئەمە پەیوەندییەکی کۆمەڵایەتییە.
msg-kind-legal = ئەمە پەیوەندییەکی یاساییە.
msg-link = بەم بەستەرە لە هەر وێبگەڕێک بەشداری بکە:
msg-code = کۆدی پەیوەندییەکەت: { $code }
msg-camera = وێبگەڕەکەت داوای بەکارهێنانی کامێرا و مایکرۆفۆنەکەت دەکات: تکایە ڕێگە بە هەردووکیان بدە.
msg-adult = پێش دەستپێکردنی پەیوەندییەکە، ئەفسەرێک دڵنیا دەبێتەوە کە کەسێکی پێگەیشتوو ئامادەیە.
msg-legal-private = پەیوەندیی یاسایی تایبەتە: کارمەندان سەیری ناکەن و گوێی لێ ناگرن.
msg-social-supervised = لەوانەیە کارمەندان چاودێریی پەیوەندیی کۆمەڵایەتی بکەن؛ تایبەتمەندیت تا ئەو جێیەی بکرێت ڕێزی لێ دەگیرێت.
msg-no-record = پەیوەندییەکە تۆمار مەکە.
msg-cancelled = پەیوەندیی ڤیدیۆیی حیجزکراو بۆ { $when } هەڵوەشایەوە. بەستەرەکە چیتر کار ناکات.
msg-displaced = پەیوەندیی ڤیدیۆیی حیجزکراو بۆ { $when } ناکرێت: پەیوەندییەکی یاسایی پێویستی بەو کاتەیە.
msg-next-free = کاتی بەتاڵی داهاتوو { $next }ە. ئەو کەسەی دەتویست پەیوەندیی پێوە بکەیت دەتوانێت لای ئەفسەرێک حیجزی بکات.
msg-no-free = ئەو کەسەی دەتویست پەیوەندیی پێوە بکەیت دەتوانێت لای ئەفسەرێک کاتێکی تر حیجز بکات.
msg-footer = ئەم نامەیە بە شێوەی خۆکار لە لایەن خزمەتگوزاریی پەیوەندیی ڤیدیۆیی ناوەندەکەوە نێردراوە. تکایە وەڵام مەدەرەوە.
