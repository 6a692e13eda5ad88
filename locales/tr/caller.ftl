### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: tr (Turkish, Türkçe)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Görüntülü arama
join-legal = Bu bir hukuki görüşmedir: personel izlemez.
join-starting = Kameranız başlatılıyor…
join-no-camera = Kameranız veya mikrofonunuz başlatılamadı. İzin verin ve bu sayfayı yeniden yükleyin.
join-waiting = Lütfen bekleyin: bir görevli sizi kısa süre içinde kontrol edip içeri alacak.
join-connecting = Bağlanıyor…
join-in-call = Bağlandınız.
join-warning = Görüşme bir dakika içinde sona erecek.
join-reconnecting = Bağlantı koptu. Yeniden bağlanılıyor…
join-no-route = Bu tarayıcıdan bağlantı kurulamadı. İnternet bağlantınızı kontrol edin, ardından bu sayfayı yeniden yükleyin.
join-peer-left = Karşı tarafın bağlantısı koptu. Bekleniyor…
join-ended-completed = Görüşme sona erdi.
join-ended-slot-ended = Görüşme sona erdi: süre doldu.
join-ended-terminated = Görevli görüşmeyi sonlandırdı.
join-ended-technical-failure = Bağlantı başarısız olduğu için görüşme sona erdi. Ücretsiz olarak yeniden randevu alınabilir.
join-ended-not-admitted = Görüşme gerçekleşmedi.
join-unknown = Bu bağlantı geçerli değil veya görüşme sona erdi.
join-in-use = Bu bağlantıyla bu görüşmede zaten biri var. Yalnızca bir kişi katılabilir; o sizseniz diğer pencereyi kapatın.
join-hang-up = Kapat
join-no-record = Bu görüşmeyi kaydetmeyin. Merkez yalnızca tarihini, saatini ve süresini saklar.
join-language = Dil
refused-unknown = Bu bağlantı geçerli değil. Size gönderilen bağlantıyı kontrol edin.
refused-cancelled = Bu görüşme iptal edildi.
refused-over = Bu görüşme zaten yapıldı.
refused-past = Bu görüşmenin saati geçti.
