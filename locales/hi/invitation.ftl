### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: hi (Hindi, हिन्दी)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = वीडियो कॉल बुक हो गई: { $when }
msg-subject-reminder = अनुस्मारक: { $when } पर वीडियो कॉल
msg-subject-cancellation = वीडियो कॉल रद्द हो गई: { $when }
msg-subject-displacement = वीडियो कॉल नहीं हो सकती: { $when }
msg-invitation-intro = आपको आप्रवासन निष्कासन केंद्र में रखे गए एक व्यक्ति के साथ वीडियो कॉल के लिए आमंत्रित किया गया है।
msg-reminder-intro = आप्रवासन निष्कासन केंद्र में रखे गए एक व्यक्ति के साथ आपकी वीडियो कॉल जल्द ही शुरू होगी।
msg-when = तारीख और समय (यूके समय): { $when } से { $end } तक।
msg-kind-social = यह एक सामाजिक कॉल है।
msg-kind-legal = यह एक कानूनी कॉल है।
msg-link = किसी भी वेब ब्राउज़र में इस लिंक से जुड़ें:
msg-code = आपका कॉल कोड: { $code }
msg-camera = आपका ब्राउज़र आपके कैमरे और माइक्रोफ़ोन के उपयोग की अनुमति माँगेगा: कृपया दोनों की अनुमति दें।
msg-adult = कॉल शुरू होने से पहले एक अधिकारी जाँचता है कि कोई वयस्क मौजूद है।
msg-legal-private = कानूनी कॉल निजी होती है: कर्मचारी उसे न देखते हैं न सुनते हैं।
msg-social-supervised = कर्मचारी सामाजिक कॉल की निगरानी कर सकते हैं; जहाँ तक संभव हो आपकी निजता का सम्मान किया जाता है।
msg-no-record = कॉल रिकॉर्ड न करें।
msg-cancelled = { $when } के लिए बुक की गई वीडियो कॉल रद्द कर दी गई है। लिंक अब काम नहीं करता।
msg-displaced = { $when } के लिए बुक की गई वीडियो कॉल नहीं हो सकती: एक कानूनी कॉल को उसकी जगह चाहिए।
msg-next-free = अगला खाली समय { $next } है। जिस व्यक्ति को आप कॉल करने वाले थे वह किसी अधिकारी के साथ इसे बुक कर सकता है।
msg-no-free = जिस व्यक्ति को आप कॉल करने वाले थे वह किसी अधिकारी के साथ कोई और समय बुक कर सकता है।
msg-footer = यह संदेश केंद्र की वीडियो कॉल सेवा द्वारा अपने-आप भेजा गया है। कृपया उत्तर न दें।
