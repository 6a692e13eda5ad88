### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: bn (Bengali, বাংলা)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = ভিডিও কল বুক করা হয়েছে: { $when }
msg-subject-reminder = অনুস্মারক: { $when } সময়ে ভিডিও কল
msg-subject-cancellation = ভিডিও কল বাতিল হয়েছে: { $when }
msg-subject-displacement = ভিডিও কলটি হতে পারবে না: { $when }
msg-invitation-intro = অভিবাসন অপসারণ কেন্দ্রে আটক একজন ব্যক্তির সঙ্গে ভিডিও কলে আপনাকে আমন্ত্রণ জানানো হয়েছে।
msg-reminder-intro = অভিবাসন অপসারণ কেন্দ্রে আটক একজন ব্যক্তির সঙ্গে আপনার ভিডিও কল শীঘ্রই শুরু হবে।
msg-when = তারিখ ও সময় (যুক্তরাজ্যের সময়): { $when } থেকে { $end } পর্যন্ত।
msg-kind-social = এটি একটি সামাজিক কল।
msg-kind-legal = এটি একটি আইনি কল।
msg-link = যেকোনো ওয়েব ব্রাউজারে এই লিঙ্ক দিয়ে যোগ দিন:
msg-code = আপনার কল কোড: { $code }
msg-camera = আপনার ব্রাউজার আপনার ক্যামেরা ও মাইক্রোফোন ব্যবহারের অনুমতি চাইবে: অনুগ্রহ করে দুটিরই অনুমতি দিন।
msg-adult = কল শুরু হওয়ার আগে একজন কর্মকর্তা যাচাই করেন যে একজন প্রাপ্তবয়স্ক উপস্থিত আছেন।
msg-legal-private = আইনি কল গোপনীয়: কর্মীরা তা দেখেন না বা শোনেন না।
msg-social-supervised = কর্মীরা সামাজিক কল তত্ত্বাবধান করতে পারেন; যতদূর সম্ভব আপনার গোপনীয়তা সম্মান করা হয়।
msg-no-record = কলটি রেকর্ড করবেন না।
msg-cancelled = { $when } সময়ের জন্য বুক করা ভিডিও কলটি বাতিল করা হয়েছে। লিঙ্কটি আর কাজ করে না।
msg-displaced = { $when } সময়ের জন্য বুক করা ভিডিও কলটি হতে পারবে না: একটি আইনি কলের এই সময়টি প্রয়োজন।
msg-next-free = পরবর্তী খালি সময় { $next }। আপনি যাঁকে কল করতে যাচ্ছিলেন তিনি একজন কর্মকর্তার মাধ্যমে এটি বুক করতে পারেন।
msg-no-free = আপনি যাঁকে কল করতে যাচ্ছিলেন তিনি একজন কর্মকর্তার মাধ্যমে অন্য সময় বুক করতে পারেন।
msg-footer = এই বার্তাটি কেন্দ্রের ভিডিও কল পরিষেবা স্বয়ংক্রিয়ভাবে পাঠিয়েছে। অনুগ্রহ করে উত্তর দেবেন না।
