### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: bn (Bengali, বাংলা)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = ভিডিও কল
join-legal = এটি একটি আইনি কল: কর্মীরা এটি দেখেন না।
join-starting = আপনার ক্যামেরা চালু হচ্ছে…
join-no-camera = আপনার ক্যামেরা বা মাইক্রোফোন চালু করা যায়নি। অনুমতি দিন এবং পৃষ্ঠাটি আবার লোড করুন।
join-waiting = অনুগ্রহ করে অপেক্ষা করুন: একজন কর্মকর্তা শীঘ্রই আপনাকে যাচাই করে ভেতরে আসতে দেবেন।
join-connecting = সংযোগ করা হচ্ছে…
join-in-call = আপনি সংযুক্ত হয়েছেন।
join-warning = কলটি এক মিনিটের মধ্যে শেষ হবে।
join-reconnecting = সংযোগ বিচ্ছিন্ন হয়েছে। আবার সংযোগ করা হচ্ছে…
join-no-route = এই ব্রাউজার থেকে কোনো সংযোগ তৈরি করা যায়নি। আপনার ইন্টারনেট সংযোগ পরীক্ষা করুন, তারপর পৃষ্ঠাটি আবার লোড করুন।
join-peer-left = অন্য পক্ষের সংযোগ বিচ্ছিন্ন হয়েছে। অপেক্ষা করা হচ্ছে…
join-ended-completed = কলটি শেষ হয়েছে।
join-ended-slot-ended = কলটি শেষ হয়েছে: সময় শেষ।
join-ended-terminated = কর্মকর্তা কলটি শেষ করেছেন।
join-ended-technical-failure = সংযোগ ব্যর্থ হওয়ায় কলটি শেষ হয়েছে। কোনো খরচ ছাড়াই এটি আবার বুক করা যাবে।
join-ended-not-admitted = কলটি হয়নি।
join-unknown = এই লিংকটি বৈধ নয় অথবা কলটি শেষ হয়ে গেছে।
join-in-use = এই লিংক দিয়ে কেউ আগে থেকেই এই কলে আছেন। কেবল একজন যোগ দিতে পারেন; সেটি আপনি হলে অন্য উইন্ডোটি বন্ধ করুন।
join-hang-up = কল কেটে দিন
join-no-record = এই কলটি রেকর্ড করবেন না। কেন্দ্র শুধু এর তারিখ, সময় ও দৈর্ঘ্য রাখে।
join-language = ভাষা
refused-unknown = এই লিংকটি বৈধ নয়। আপনাকে পাঠানো লিংকটি যাচাই করুন।
refused-cancelled = এই কলটি বাতিল করা হয়েছে।
refused-over = এই কলটি ইতিমধ্যে হয়ে গেছে।
refused-past = এই কলের সময় পেরিয়ে গেছে।
