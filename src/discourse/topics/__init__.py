"""Topic modelling stage: :class:`TopicModel` over BERTopic, shares with intervals, metrics."""
from .metrics import diversity, npmi_per_topic
from .model import NoTopicsWarning, TopicModel
from .shares import over_time, per_group

__all__ = ["TopicModel", "NoTopicsWarning", "npmi_per_topic", "diversity", "per_group", "over_time"]
