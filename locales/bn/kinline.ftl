### Kinline — the tablet app and the caller's page: interface strings
### language: bn (Bengali, বাংলা)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = আটক ব্যক্তিদের জন্য ভিডিও কল
signin-title = সাইন ইন
signin-staff-number = কর্মী নম্বর
signin-pin = পিন
signin-button = সাইন ইন করুন
signin-offline-note = আগে এই ট্যাবলেটে সাইন ইন করে থাকলে নেটওয়ার্ক ছাড়াই সাইন ইন করতে পারবেন।
signin-error-unknown = এই কর্মী নম্বরটি এই ট্যাবলেটে পরিচিত নয়। এটি যাচাই করুন, অথবা নেটওয়ার্কে যুক্ত হন যাতে ট্যাবলেট হালনাগাদ হতে পারে।
signin-error-pin = পিন সঠিক নয়। আবার চেষ্টা করুন।
signin-error-locked = অনেকবার ভুল পিন দেওয়া হয়েছে। আপনার অ্যাকাউন্ট খুলে দিতে একজন ম্যানেজারকে বলুন।
signout-button = সাইন আউট
today-title = আজকের কল
today-count = { $count ->
    [one] { $count }টি কল বুক করা আছে
   *[other] { $count }টি কল বুক করা আছে
}
today-empty = আজকের জন্য কোনো কল বুক করা নেই।
today-row = { $time } — { $name }
call-kind-social = সামাজিক কল
call-kind-legal = আইনি কল
today-open-session = সেশন খুলুন
today-new-booking = নতুন বুকিং
session-title = আটক ব্যক্তির সেশন
session-for = { $name }-এর সেশন
session-compact-needed = যেকোনো ভিডিও কলের আগে চুক্তিতে স্বাক্ষর করতে হবে।
session-compact-signed = চুক্তিতে স্বাক্ষর হয়েছে
session-suspended = এই ব্যক্তির জন্য ভিডিও কল স্থগিত আছে।
session-start-call = কল শুরু করুন
session-hand-back = ট্যাবলেটটি কর্মকর্তাকে ফেরত দিন
compact-screen-title = ভিডিও কল: নিয়মাবলি
compact-choose-language = যে ভাষায় নিয়মগুলো পড়তে ও শুনতে চান সেটি বেছে নিন
compact-read-aloud = জোরে পড়ুন
compact-stop-reading = পড়া থামান
compact-reading = জোরে পড়া হচ্ছে…
compact-no-voice = এই ট্যাবলেটে এই ভাষার জন্য কোনো কণ্ঠ নেই। নিয়মগুলো বোঝাতে একজন দোভাষীর সাহায্য নিন।
compact-not-offered = নিয়মগুলো এই ভাষায় নেই। সেগুলো বোঝাতে একজন দোভাষীর সাহায্য নিন।
compact-not-reviewed = এই অনুবাদটি কোনো যোগ্য অনুবাদক যাচাই করেননি।
compact-not-reviewed-dco = এই অনুবাদটি পর্যালোচনা করা হয়নি। আটক ব্যক্তি এটি বুঝেছেন কি না নিশ্চিত করুন, এবং কীভাবে তা লিখে রাখুন।
compact-confirm-how = বোঝার বিষয়টি কীভাবে নিশ্চিত হলো?
compact-confirm-read = তিনি ভালো পড়তে পারেন এমন ভাষায় পর্দায় এটি পড়েছেন
compact-confirm-audio = তিনি শেষ পর্যন্ত জোরে পড়া শুনেছেন
compact-confirm-interpreter = একজন দোভাষী এটি বুঝিয়েছেন
compact-interpreter-reference = দোভাষীর বুকিং বা ব্যাজ নম্বর
compact-understood = আমি নিয়মগুলো বুঝেছি
compact-ask-question = আমার একটি প্রশ্ন আছে
compact-version = সংস্করণ { $version }
signature-title = এখানে স্বাক্ষর করুন
signature-instructions = বাক্সের ভেতরে আঙুল দিয়ে স্বাক্ষর করুন।
signature-clear = মুছুন
signature-confirm = স্বাক্ষর নিশ্চিত করুন
signature-witness = কর্মকর্তা: নিশ্চিত করুন যে আপনি আটক ব্যক্তিকে স্বাক্ষর করতে দেখেছেন।
signature-witness-button = আমি এই স্বাক্ষরের সাক্ষী
signature-saved = স্বাক্ষর সংরক্ষিত হয়েছে।
call-title = ভিডিও কল
call-waiting = কলকারীর যোগ দেওয়ার অপেক্ষা…
call-caller-joined = কলকারী যোগ দিয়েছেন।
call-check-adult = ঢুকতে দেওয়ার আগে যাচাই করুন যে যাকে কল করা হয়েছে তিনি প্রাপ্তবয়স্ক।
call-admit = কলকারীকে ঢুকতে দিন
call-refuse-not-adult = প্রাপ্তবয়স্ক নন — ঢুকতে দেবেন না
call-mute = শব্দ বন্ধ
call-unmute = শব্দ চালু
call-camera-off = ক্যামেরা বন্ধ
call-camera-on = ক্যামেরা চালু
call-end = কল শেষ করুন
call-time-left = { $minutes ->
    [one] { $minutes } মিনিট বাকি
   *[other] { $minutes } মিনিট বাকি
}
call-reconnecting = সংযোগ বিচ্ছিন্ন হয়েছে। আবার সংযোগ করা হচ্ছে…
call-legal-unsupervised = আইনি কল: দৃশ্যমান তত্ত্বাবধান ছাড়া।
end-title = কল শেষ করুন
end-choose-reason = কলটি কেন শেষ করা হচ্ছে?
end-reason-recording = কল রেকর্ড বা প্রকাশ করা
end-reason-inappropriate-dress = অনুপযুক্ত পোশাক
end-reason-abusive-language = অশ্লীল বা অপমানজনক ভাষা
end-reason-sexualised-behaviour = যৌন আচরণ
end-reason-inappropriate-behaviour = অন্যান্য অনুপযুক্ত আচরণ
end-reason-offensive-material = বেআইনি বা আপত্তিকর সামগ্রী দেখানো
end-reason-unlawful-activity = বেআইনি কার্যকলাপ
end-reason-security-risk = কেন্দ্রের নিরাপত্তার ঝুঁকি
end-reason-concern-for-recipient = কল বা কলকারীর নিরাপত্তা নিয়ে উদ্বেগ
end-confirm = এখনই কল শেষ করুন
end-referral-note = নিরাপত্তা বিভাগে একটি প্রতিবেদন যায়।
incident-title = ঘটনার প্রতিবেদন
incident-what-happened = কী ঘটেছে
incident-when = কখন
incident-who-involved = কে জড়িত ছিলেন
incident-submit = প্রতিবেদন জমা দিন
incident-saved = প্রতিবেদন সংরক্ষিত হয়েছে। ট্যাবলেট অনলাইনে এলে পাঠানো হবে।
suspension-title = নোটিশ: ভিডিও কল স্থগিত
suspension-body = { $name }, ভিডিও কলে আপনার প্রবেশাধিকার { $from } থেকে { $until } পর্যন্ত স্থগিত।
suspension-reasons = কারণগুলো হলো: { $reasons }।
suspension-reason-security = কেন্দ্রের নিরাপত্তার জন্য
suspension-reason-safety = কারও নিরাপত্তার জন্য
suspension-reason-breach = ভিডিও কলের নিয়ম ভঙ্গ
suspension-appeal = আপনি এই সিদ্ধান্তের বিরুদ্ধে আপিল করতে পারেন। আপনার আপিলের সিদ্ধান্ত { $hours } ঘণ্টার মধ্যে হবে।
suspension-legal-access = আপনি এখনও অন্য উপায়ে আপনার আইনি পরামর্শদাতার সাথে যোগাযোগ করতে পারেন।
suspension-review = এই স্থগিতাদেশ { $date } তারিখে পর্যালোচনা করা হবে।
language-title = ভাষা
language-choose = একটি ভাষা বেছে নিন
language-option = { $native } — { $english }
sync-online = অনলাইন
sync-offline = অফলাইন — আপনার কাজ এই ট্যাবলেটে সংরক্ষিত আছে
sync-pending = { $count ->
    [one] { $count }টি রেকর্ড পাঠানোর অপেক্ষায়
   *[other] { $count }টি রেকর্ড পাঠানোর অপেক্ষায়
}
sync-last = সর্বশেষ পাঠানো হয়েছে { $time }-এ
sync-now = এখনই পাঠান
sync-failed = কেন্দ্রের সার্ভারে পৌঁছানো যায়নি। আপনার কাজ নিরাপদ; পরে পাঠানো হবে।
error-network = নেটওয়ার্ক নেই। আপনার কাজ সংরক্ষিত এবং পরে পাঠানো হবে।
error-camera = ক্যামেরা কাজ করছে না। অন্য কোনো অ্যাপ এটি ব্যবহার করছে কি না দেখুন।
error-microphone = মাইক্রোফোন কাজ করছে না। এটি নিঃশব্দ করা আছে কি না দেখুন।
error-storage = ট্যাবলেট প্রায় পূর্ণ। একজন ম্যানেজারকে জানান।
error-try-again = কিছু একটা ভুল হয়েছে। আবার চেষ্টা করুন।
caller-title = ভিডিও কলে যোগ দিন
caller-code = যোগদানের কোড
caller-code-help = কল বুক করার সময় আপনাকে যে কোড দেওয়া হয়েছিল সেটি লিখুন।
caller-join = যোগ দিন
caller-code-wrong = এই কোডটি সঠিক নয়, অথবা কল এখনও শুরু হয়নি। কোড ও সময় যাচাই করুন।
caller-camera-preview = আপনার ক্যামেরা
caller-allow-camera = এই পৃষ্ঠাকে আপনার ক্যামেরা ও মাইক্রোফোন ব্যবহারের অনুমতি দিন।
caller-adult-notice = আপনাকে ঢুকতে দেওয়ার আগে কর্মকর্তা যাচাই করবেন যে আপনি প্রাপ্তবয়স্ক।
caller-waiting = কর্মকর্তার অনুমতির অপেক্ষা…
caller-recording-forbidden = এই কলটি কোনোভাবেই রেকর্ড করবেন না।
caller-call-ended = কল শেষ হয়েছে।
caller-ended-by-officer = কর্মকর্তা কলটি শেষ করেছেন।
caller-leave = কল ছেড়ে দিন
