### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: hi (Hindi, हिन्दी)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = वीडियो कॉल
join-legal = यह एक कानूनी कॉल है: कर्मचारी इसे नहीं देखते।
join-starting = आपका कैमरा चालू हो रहा है…
join-no-camera = आपका कैमरा या माइक्रोफ़ोन चालू नहीं हो सका। अनुमति दें और यह पेज फिर से लोड करें।
join-waiting = कृपया प्रतीक्षा करें: एक अधिकारी जल्द ही आपकी जाँच करके आपको अंदर आने देगा।
join-connecting = कनेक्ट हो रहा है…
join-in-call = आप जुड़ गए हैं।
join-warning = कॉल एक मिनट में समाप्त हो जाएगी।
join-reconnecting = कनेक्शन टूट गया। फिर से जोड़ा जा रहा है…
join-no-route = इस ब्राउज़र से कोई कनेक्शन नहीं बन सका। अपना इंटरनेट कनेक्शन जाँचें, फिर यह पेज फिर से लोड करें।
join-peer-left = दूसरी ओर का कनेक्शन टूट गया। प्रतीक्षा की जा रही है…
join-ended-completed = कॉल समाप्त हो गई है।
join-ended-slot-ended = कॉल समाप्त हो गई है: समय पूरा हो गया।
join-ended-terminated = अधिकारी ने कॉल समाप्त कर दी है।
join-ended-technical-failure = कनेक्शन विफल होने के कारण कॉल समाप्त हो गई। इसे बिना किसी शुल्क के फिर से बुक किया जा सकता है।
join-ended-not-admitted = कॉल नहीं हो सकी।
join-unknown = यह लिंक मान्य नहीं है या कॉल समाप्त हो चुकी है।
join-in-use = इस लिंक से कोई पहले से इस कॉल में है। केवल एक व्यक्ति जुड़ सकता है; अगर वह आप थे, तो दूसरी विंडो बंद करें।
join-hang-up = कॉल काटें
join-no-record = इस कॉल को रिकॉर्ड न करें। केंद्र केवल इसकी तारीख, समय और अवधि रखता है।
join-language = भाषा
refused-unknown = यह लिंक मान्य नहीं है। आपको भेजा गया लिंक जाँचें।
refused-cancelled = यह कॉल रद्द कर दी गई।
refused-over = यह कॉल पहले ही हो चुकी है।
refused-past = इस कॉल का समय निकल चुका है।
