from rest_framework.routers import SimpleRouter

from .views import ClaimViewSet, RatingViewSet, VerdictViewSet

router = SimpleRouter()
router.register("claims", ClaimViewSet, basename="claim")
router.register("ratings", RatingViewSet, basename="rating")
router.register("verdicts", VerdictViewSet, basename="verdict")

urlpatterns = router.urls
