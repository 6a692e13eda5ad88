### Kinline — the tablet app and the caller's page: interface strings
### language: hi (Hindi, हिन्दी)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = हिरासत में रखे गए लोगों के लिए वीडियो कॉल
signin-title = साइन इन
signin-staff-number = स्टाफ़ नंबर
signin-pin = पिन
signin-button = साइन इन करें
signin-offline-note = अगर आपने पहले इस टैबलेट पर साइन इन किया है तो आप बिना नेटवर्क के साइन इन कर सकते हैं।
signin-error-unknown = यह स्टाफ़ नंबर इस टैबलेट पर ज्ञात नहीं है। इसे जाँचें, या नेटवर्क से जुड़ें ताकि टैबलेट अपडेट हो सके।
signin-error-pin = पिन सही नहीं है। फिर से कोशिश करें।
signin-error-locked = बहुत अधिक गलत पिन। अपना खाता खुलवाने के लिए मैनेजर से कहें।
signout-button = साइन आउट
today-title = आज की कॉल
today-count = { $count ->
    [one] { $count } कॉल बुक है
   *[other] { $count } कॉल बुक हैं
}
today-empty = आज के लिए कोई कॉल बुक नहीं है।
today-row = { $time } — { $name }
call-kind-social = सामाजिक कॉल
call-kind-legal = कानूनी कॉल
today-open-session = सत्र खोलें
today-new-booking = नई बुकिंग
session-title = बंदी का सत्र
session-for = { $name } का सत्र
session-compact-needed = किसी भी वीडियो कॉल से पहले समझौते पर हस्ताक्षर होने चाहिए।
session-compact-signed = समझौते पर हस्ताक्षर हो गए
session-suspended = इस व्यक्ति के लिए वीडियो कॉल निलंबित हैं।
session-start-call = कॉल शुरू करें
session-hand-back = टैबलेट अधिकारी को वापस दें
compact-screen-title = वीडियो कॉल: नियम
compact-choose-language = वह भाषा चुनें जिसमें आप नियम पढ़ना और सुनना चाहते हैं
compact-read-aloud = ज़ोर से पढ़ें
compact-stop-reading = पढ़ना बंद करें
compact-reading = ज़ोर से पढ़ा जा रहा है…
compact-no-voice = इस टैबलेट पर इस भाषा के लिए कोई आवाज़ नहीं है। नियम समझाने के लिए दुभाषिए की मदद लें।
compact-not-offered = नियम इस भाषा में उपलब्ध नहीं हैं। उन्हें समझाने के लिए दुभाषिए की मदद लें।
compact-not-reviewed = इस अनुवाद की किसी योग्य अनुवादक ने जाँच नहीं की है।
compact-not-reviewed-dco = इस अनुवाद की समीक्षा नहीं हुई है। पुष्टि करें कि बंदी ने इसे समझ लिया, और दर्ज करें कैसे।
compact-confirm-how = समझ की पुष्टि कैसे हुई?
compact-confirm-read = उन्होंने इसे स्क्रीन पर ऐसी भाषा में पढ़ा जो वे अच्छी तरह पढ़ते हैं
compact-confirm-audio = उन्होंने इसे अंत तक ज़ोर से पढ़ा हुआ सुना
compact-confirm-interpreter = एक दुभाषिए ने इसे समझाया
compact-interpreter-reference = दुभाषिए की बुकिंग या बैज का संदर्भ
compact-understood = मैंने नियम समझ लिए हैं
compact-ask-question = मेरा एक प्रश्न है
compact-version = संस्करण { $version }
signature-title = यहाँ हस्ताक्षर करें
signature-instructions = बॉक्स के अंदर अपनी उँगली से हस्ताक्षर करें।
signature-clear = मिटाएँ
signature-confirm = हस्ताक्षर की पुष्टि करें
signature-witness = अधिकारी: पुष्टि करें कि आपने बंदी को हस्ताक्षर करते देखा।
signature-witness-button = मैं इस हस्ताक्षर का गवाह हूँ
signature-saved = हस्ताक्षर सहेजा गया।
call-title = वीडियो कॉल
call-waiting = कॉल करने वाले के जुड़ने की प्रतीक्षा…
call-caller-joined = कॉल करने वाला जुड़ गया है।
call-check-adult = अंदर आने देने से पहले जाँचें कि जिसे कॉल किया गया वह वयस्क है।
call-admit = कॉल करने वाले को अंदर आने दें
call-refuse-not-adult = वयस्क नहीं — अंदर न आने दें
call-mute = आवाज़ बंद
call-unmute = आवाज़ चालू
call-camera-off = कैमरा बंद
call-camera-on = कैमरा चालू
call-end = कॉल समाप्त करें
call-time-left = { $minutes ->
    [one] { $minutes } मिनट बाकी
   *[other] { $minutes } मिनट बाकी
}
call-reconnecting = कनेक्शन टूट गया। फिर से जोड़ा जा रहा है…
call-legal-unsupervised = कानूनी कॉल: दृश्य निगरानी के बिना।
end-title = कॉल समाप्त करें
end-choose-reason = कॉल क्यों समाप्त की जा रही है?
end-reason-recording = कॉल को रिकॉर्ड या प्रकाशित करना
end-reason-inappropriate-dress = अनुचित कपड़े
end-reason-abusive-language = अश्लील या अपमानजनक भाषा
end-reason-sexualised-behaviour = यौन व्यवहार
end-reason-inappropriate-behaviour = अन्य अनुचित व्यवहार
end-reason-offensive-material = गैरकानूनी या आपत्तिजनक सामग्री दिखाना
end-reason-unlawful-activity = गैरकानूनी गतिविधि
end-reason-security-risk = केंद्र की सुरक्षा को खतरा
end-reason-concern-for-recipient = कॉल या कॉल करने वाले की सुरक्षा को लेकर चिंता
end-confirm = अभी कॉल समाप्त करें
end-referral-note = एक रिपोर्ट सुरक्षा विभाग को जाती है।
incident-title = घटना रिपोर्ट
incident-what-happened = क्या हुआ
incident-when = कब
incident-who-involved = कौन शामिल था
incident-submit = रिपोर्ट जमा करें
incident-saved = रिपोर्ट सहेजी गई। टैबलेट के ऑनलाइन होने पर भेजी जाएगी।
suspension-title = सूचना: वीडियो कॉल निलंबित
suspension-body = { $name }, वीडियो कॉल तक आपकी पहुँच { $from } से { $until } तक निलंबित है।
suspension-reasons = कारण ये हैं: { $reasons }।
suspension-reason-security = केंद्र की सुरक्षा के लिए
suspension-reason-safety = किसी की सुरक्षा के लिए
suspension-reason-breach = वीडियो कॉल के नियमों का उल्लंघन
suspension-appeal = आप इस निर्णय के विरुद्ध अपील कर सकते हैं। आपकी अपील पर { $hours } घंटों के भीतर निर्णय होगा।
suspension-legal-access = आप अब भी अन्य तरीकों से अपने कानूनी सलाहकार से संपर्क कर सकते हैं।
suspension-review = इस निलंबन की समीक्षा { $date } को होगी।
language-title = भाषा
language-choose = एक भाषा चुनें
language-option = { $native } — { $english }
sync-online = ऑनलाइन
sync-offline = ऑफ़लाइन — आपका काम इस टैबलेट पर सहेजा गया है
sync-pending = { $count ->
    [one] { $count } रिकॉर्ड भेजे जाने की प्रतीक्षा में
   *[other] { $count } रिकॉर्ड भेजे जाने की प्रतीक्षा में
}
sync-last = पिछली बार { $time } बजे भेजा गया
sync-now = अभी भेजें
sync-failed = केंद्र के सर्वर तक नहीं पहुँच सके। आपका काम सुरक्षित है; बाद में भेजा जाएगा।
error-network = नेटवर्क नहीं है। आपका काम सहेजा गया है और बाद में भेजा जाएगा।
error-camera = कैमरा काम नहीं कर रहा। जाँचें कि कोई और ऐप इसका उपयोग तो नहीं कर रहा।
error-microphone = माइक्रोफ़ोन काम नहीं कर रहा। जाँचें कि यह म्यूट तो नहीं है।
error-storage = टैबलेट लगभग भर गया है। मैनेजर को बताएँ।
error-try-again = कुछ गलत हो गया। फिर से कोशिश करें।
caller-title = वीडियो कॉल में शामिल हों
caller-code = शामिल होने का कोड
caller-code-help = कॉल बुक होने पर आपको दिया गया कोड लिखें।
caller-join = शामिल हों
caller-code-wrong = यह कोड सही नहीं है, या कॉल अभी शुरू नहीं हुई है। कोड और समय जाँचें।
caller-camera-preview = आपका कैमरा
caller-allow-camera = इस पेज को अपना कैमरा और माइक्रोफ़ोन उपयोग करने की अनुमति दें।
caller-adult-notice = अधिकारी आपको अंदर आने देने से पहले जाँचेंगे कि आप वयस्क हैं।
caller-waiting = अधिकारी की अनुमति की प्रतीक्षा…
caller-recording-forbidden = इस कॉल को किसी भी तरह रिकॉर्ड न करें।
caller-call-ended = कॉल समाप्त हो गई है।
caller-ended-by-officer = अधिकारी ने कॉल समाप्त कर दी।
caller-leave = कॉल छोड़ें
